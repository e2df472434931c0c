package cn.org.cast.volunteer.platform;

import java.util.Collection;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.organization.OrganizationType;
import cn.org.cast.volunteer.security.Groups;

/**
 * What a signed-in user may see and do with the grassroots platforms: CAST's organisers everything; a
 * provincial association its own province (it registers its centres and follows its pilot counties); a
 * national society reads every centre, to find the one it pairs with.
 */
@Component
class PlatformReader {

  /** A user's reach: every province (province null) or one; whether they register centres and read coverage. */
  public record Reach(String province, boolean registers, boolean readsCoverage) {

    public boolean covers(String centreProvince) {
      return province == null || province.equals(centreProvince);
    }
  }

  private final Organizations organizations;

  PlatformReader(Organizations organizations) {
    this.organizations = organizations;
  }

  /** The user's reach; a 403 in Chinese for those who have none. */
  public Reach reach(Collection<String> groups) {
    if (groups.contains(Groups.ORGANIZERS)) {
      return new Reach(null, true, true);
    }
    List<Organization> own = organizations.activeAmong(groups);
    if (own.size() == 1 && own.get(0).type() == OrganizationType.PROVINCIAL_ASSOCIATION) {
      return new Reach(own.get(0).region(), true, true);
    }
    if (own.size() == 1) {
      return new Reach(null, false, false);
    }
    throw new ResponseStatusException(HttpStatus.FORBIDDEN, "基层服务阵地仅对中国科协组织人事部和报送单位（全国学会、省级科协）开放。");
  }
}
