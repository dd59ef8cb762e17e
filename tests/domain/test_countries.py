from collections import Counter

from registry_app.domain.countries import AFRICAN_MEMBER_STATES, region_of
from registry_app.domain.enums import Region


def test_all_54_african_member_states_with_names_in_three_languages():
    codes = [c.code for c in AFRICAN_MEMBER_STATES]
    assert len(codes) == len(set(codes)) == 54
    for country in AFRICAN_MEMBER_STATES:
        assert country.name_en and country.name_fr and country.name_ar
        assert any("\u0600" <= ch <= "\u06ff" for ch in country.name_ar), country


def test_sub_regions_follow_un_m49():
    regions = Counter(c.region for c in AFRICAN_MEMBER_STATES)
    assert regions == {Region.NORTHERN_AFRICA: 6, Region.WESTERN_AFRICA: 16, Region.MIDDLE_AFRICA: 9,
                       Region.EASTERN_AFRICA: 18, Region.SOUTHERN_AFRICA: 5}
    assert region_of("MA") == Region.NORTHERN_AFRICA
    assert region_of("SN") == Region.WESTERN_AFRICA
    assert region_of("BR") == Region.AMERICAS
    assert region_of("AQ") is None
