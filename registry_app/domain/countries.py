"""The African member states (all 54) with their names in English, French and Arabic and their
UN M49 sub-region, and the continent of every other country, for experts who come from elsewhere."""

from __future__ import annotations

from dataclasses import dataclass

from .enums import Region


@dataclass(frozen=True)
class CountryInfo:
    code: str  # ISO 3166-1 alpha-2
    name_en: str
    name_fr: str
    name_ar: str
    region: Region
    african_member_state: bool = True


def _rows(region: Region, text: str) -> list[CountryInfo]:
    rows = []
    for line in text.strip().splitlines():
        code, en, fr, ar = (part.strip() for part in line.split("|"))
        rows.append(CountryInfo(code, en, fr, ar, region))
    return rows


AFRICAN_MEMBER_STATES: tuple[CountryInfo, ...] = tuple(
    _rows(
        Region.NORTHERN_AFRICA,
        """
        DZ | Algeria | Algérie | الجزائر
        EG | Egypt | Égypte | مصر
        LY | Libya | Libye | ليبيا
        MA | Morocco | Maroc | المغرب
        SD | Sudan | Soudan | السودان
        TN | Tunisia | Tunisie | تونس
        """,
    )
    + _rows(
        Region.WESTERN_AFRICA,
        """
        BJ | Benin | Bénin | بنن
        BF | Burkina Faso | Burkina Faso | بوركينا فاسو
        CV | Cabo Verde | Cabo Verde | كابو فيردي
        CI | Côte d'Ivoire | Côte d'Ivoire | كوت ديفوار
        GM | Gambia | Gambie | غامبيا
        GH | Ghana | Ghana | غانا
        GN | Guinea | Guinée | غينيا
        GW | Guinea-Bissau | Guinée-Bissau | غينيا بيساو
        LR | Liberia | Libéria | ليبيريا
        ML | Mali | Mali | مالي
        MR | Mauritania | Mauritanie | موريتانيا
        NE | Niger | Niger | النيجر
        NG | Nigeria | Nigéria | نيجيريا
        SN | Senegal | Sénégal | السنغال
        SL | Sierra Leone | Sierra Leone | سيراليون
        TG | Togo | Togo | توغو
        """,
    )
    + _rows(
        Region.MIDDLE_AFRICA,
        """
        AO | Angola | Angola | أنغولا
        CM | Cameroon | Cameroun | الكاميرون
        CF | Central African Republic | République centrafricaine | جمهورية أفريقيا الوسطى
        TD | Chad | Tchad | تشاد
        CG | Congo | Congo | الكونغو
        CD | Democratic Republic of the Congo | République démocratique du Congo | جمهورية الكونغو الديمقراطية
        GQ | Equatorial Guinea | Guinée équatoriale | غينيا الاستوائية
        GA | Gabon | Gabon | غابون
        ST | Sao Tome and Principe | Sao Tomé-et-Principe | سان تومي وبرينسيبي
        """,
    )
    + _rows(
        Region.EASTERN_AFRICA,
        """
        BI | Burundi | Burundi | بوروندي
        KM | Comoros | Comores | جزر القمر
        DJ | Djibouti | Djibouti | جيبوتي
        ER | Eritrea | Érythrée | إريتريا
        ET | Ethiopia | Éthiopie | إثيوبيا
        KE | Kenya | Kenya | كينيا
        MG | Madagascar | Madagascar | مدغشقر
        MW | Malawi | Malawi | ملاوي
        MU | Mauritius | Maurice | موريشيوس
        MZ | Mozambique | Mozambique | موزمبيق
        RW | Rwanda | Rwanda | رواندا
        SC | Seychelles | Seychelles | سيشيل
        SO | Somalia | Somalie | الصومال
        SS | South Sudan | Soudan du Sud | جنوب السودان
        UG | Uganda | Ouganda | أوغندا
        TZ | United Republic of Tanzania | République-Unie de Tanzanie | جمهورية تنزانيا المتحدة
        ZM | Zambia | Zambie | زامبيا
        ZW | Zimbabwe | Zimbabwe | زيمبابوي
        """,
    )
    + _rows(
        Region.SOUTHERN_AFRICA,
        """
        BW | Botswana | Botswana | بوتسوانا
        SZ | Eswatini | Eswatini | إسواتيني
        LS | Lesotho | Lesotho | ليسوتو
        NA | Namibia | Namibie | ناميبيا
        ZA | South Africa | Afrique du Sud | جنوب أفريقيا
        """,
    )
)

# Every other ISO 3166-1 code by M49 region; names for these come from pycountry when the register is
# created. African territories that are not member states keep their sub-region.
OTHER_REGIONS: dict[Region, frozenset[str]] = {
    Region.NORTHERN_AFRICA: frozenset("EH".split()),
    Region.WESTERN_AFRICA: frozenset("SH".split()),
    Region.EASTERN_AFRICA: frozenset("RE YT IO TF".split()),
    Region.EUROPE: frozenset(
        "AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT "
        "LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA".split()
    ),
    Region.ASIA: frozenset(
        "AE AF AM AZ BD BH BN BT CN CY GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO "
        "MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE".split()
    ),
    Region.AMERICAS: frozenset(
        "AG AI AR AW BB BL BM BO BQ BR BS BV BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GS GT GY HN "
        "HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI".split()
    ),
    Region.OCEANIA: frozenset(
        "AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS".split()
    ),
}


def region_of(code: str) -> Region | None:
    for info in AFRICAN_MEMBER_STATES:
        if info.code == code:
            return info.region
    for region, codes in OTHER_REGIONS.items():
        if code in codes:
            return region
    return None
