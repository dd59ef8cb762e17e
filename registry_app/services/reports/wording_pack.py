"""The words of the results pack, the workbook and the CSV in English, French and Arabic: titles,
the names of the figures and columns, and the note on how each figure is counted."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str, str]] = {
    "title": ("Training results", "Résultats de la formation", "نتائج التدريب"),
    "period": ("Period: {start} to {end}", "Période : du {start} au {end}", "الفترة: من {start} إلى {end}"),
    "filters": ("Filters: {filters}", "Filtres : {filters}", "عوامل التصفية: {filters}"),
    "no_filters": ("Filters: none", "Filtres : aucun", "عوامل التصفية: لا شيء"),
    "prepared": ("Prepared on {day} from the register", "Établi le {day} à partir du registre",
                 "أُعدّ في {day} من السجل"),
    "privacy": ("Counts of fewer than {limit} people in a breakdown are shown as \"< {limit}\".",
                "Les effectifs de moins de {limit} personnes dans une ventilation sont indiqués « < {limit} ».",
                "تظهر الأعداد التي تقل عن {limit} أشخاص في التوزيعات بالشكل \"< {limit}\"."),
    "summary": ("Summary", "Synthèse", "ملخص"),
    "charts": ("Charts", "Graphiques", "رسوم بيانية"),
    "tables": ("Breakdowns", "Ventilations", "التوزيعات"),
    "note": ("How each figure is counted", "Mode de calcul de chaque chiffre", "كيفية حساب كل رقم"),
    "page": ("Page {page}", "Page {page}", "صفحة {page}"),
    # figures of the summary
    "people": ("Officials trained", "Agents formés", "المسؤولون المدرَّبون"),
    "places": ("Training places", "Places de formation", "مقاعد التدريب"),
    "women": ("Women", "Femmes", "النساء"),
    "men": ("Men", "Hommes", "الرجال"),
    "women_share": ("Share of women", "Part des femmes", "نسبة النساء"),
    "person_days": ("Person-days of training", "Jours-personnes de formation", "أيام التدريب للأشخاص"),
    "completion_rate": ("Completion rate", "Taux de réussite", "معدل الإتمام"),
    "participation_rate": ("Participation rate", "Taux de participation", "معدل المشاركة"),
    "pre_test": ("Pre-test mean", "Moyenne au test initial", "متوسط الاختبار القبلي"),
    "post_test": ("Post-test mean", "Moyenne au test final", "متوسط الاختبار البعدي"),
    "improved": ("Improved their score", "Ont amélioré leur score", "حسّنوا نتيجتهم"),
    "certificates": ("Certificates issued", "Certificats délivrés", "الشهادات الصادرة"),
    "courses": ("Courses delivered", "Sessions réalisées", "الدورات المنفذة"),
    "completed": ("Completed", "Réussi", "أتمّوا"),
    "group": ("Group", "Groupe", "الفئة"),
    "breakdown": ("Breakdown", "Ventilation", "التوزيع"),
    "figure": ("Figure", "Chiffre", "الرقم"),
    "value": ("Value", "Valeur", "القيمة"),
    # breakdowns
    "region": ("By region", "Par région", "حسب المنطقة"),
    "country": ("By country", "Par pays", "حسب البلد"),
    "agency_type": ("By agency type", "Par type d'organisme", "حسب نوع الجهة"),
    "thematic_area": ("By thematic area", "Par domaine thématique", "حسب المجال المواضيعي"),
    "programme": ("By programme", "Par programme", "حسب البرنامج"),
    "course": ("By course", "Par session", "حسب الدورة"),
    "year": ("By year", "Par année", "حسب السنة"),
    "quarter": ("By quarter", "Par trimestre", "حسب الربع"),
    "venue": ("Courses by venue", "Sessions par lieu", "الدورات حسب المكان"),
    "mode": ("Courses by mode", "Sessions par modalité", "الدورات حسب النمط"),
    "language": ("Courses by language", "Sessions par langue", "الدورات حسب اللغة"),
    "chart_region": ("Officials trained by region", "Agents formés par région", "المسؤولون المدرَّبون حسب المنطقة"),
    "chart_area": ("Women and men by thematic area", "Femmes et hommes par domaine thématique",
                   "النساء والرجال حسب المجال المواضيعي"),
    "chart_trend": ("Officials trained by quarter", "Agents formés par trimestre", "المسؤولون المدرَّبون حسب الربع"),
    "chart_agency": ("Training places by agency type", "Places de formation par type d'organisme",
                     "مقاعد التدريب حسب نوع الجهة"),
    "filter_donor": ("donor", "bailleur", "الجهة المانحة"),
    "filter_thematic_area": ("thematic area", "domaine", "المجال"),
    "filter_programme": ("programme", "programme", "البرنامج"),
    "filter_country": ("country", "pays", "البلد"),
    "filter_region": ("region", "région", "المنطقة"),
    "filter_agency_type": ("agency type", "type d'organisme", "نوع الجهة"),
    "filter_sex": ("sex", "sexe", "الجنس"),
}

NOTES: tuple[tuple[str, tuple[str, str, str]], ...] = (
    ("scope", (
        "A course counts in the period when it starts in it; cancelled courses never count. A place is a "
        "participant's enrolment in such a course that ended completed or not completed: the person was there. "
        "Filters on donor, area and programme choose courses; filters on country, region, agency type and sex "
        "choose participants.",
        "Une session compte dans la période si elle y commence ; les sessions annulées ne comptent jamais. Une "
        "place est l'inscription d'un participant à une telle session, terminée réussie ou non réussie : la "
        "personne était présente. Les filtres bailleur, domaine et programme choisissent des sessions ; les "
        "filtres pays, région, type d'organisme et sexe choisissent des participants.",
        "تُحتسب الدورة في الفترة إذا بدأت خلالها، ولا تُحتسب الدورات الملغاة أبداً. المقعد هو تسجيل مشارك في "
        "دورة من هذه الدورات انتهى بالإتمام أو بعدم الإتمام، أي أن الشخص حضر. تختار عوامل التصفية حسب الجهة "
        "المانحة والمجال والبرنامج الدورات، وتختار عوامل التصفية حسب البلد والمنطقة ونوع الجهة والجنس المشاركين.")),
    ("people", (
        "Officials trained: distinct people with at least one place; a person trained twice counts once, and "
        "once in each row of a breakdown where they appear (rows may add up to more than the total).",
        "Agents formés : personnes distinctes ayant au moins une place ; une personne formée deux fois compte "
        "une fois, et une fois dans chaque ligne d'une ventilation où elle figure (les lignes peuvent dépasser le total).",
        "المسؤولون المدرَّبون: أشخاص مختلفون لهم مقعد واحد على الأقل؛ يُحتسب الشخص الذي تدرّب مرتين مرة واحدة، "
        "ومرة في كل سطر من التوزيع يظهر فيه (قد يتجاوز مجموع الأسطر الإجمالي).")),
    ("places", (
        "Training places: one per person and course. Share of women: women among the officials trained.",
        "Places de formation : une par personne et par session. Part des femmes : femmes parmi les agents formés.",
        "مقاعد التدريب: مقعد لكل شخص في كل دورة. نسبة النساء: النساء من بين المسؤولين المدرَّبين.")),
    ("days", (
        "Person-days: for each place, the scheduled days of its course (half-days not excluded, halved).",
        "Jours-personnes : pour chaque place, les jours programmés de sa session (demi-journées non exclues, divisées par deux).",
        "أيام التدريب للأشخاص: لكل مقعد، أيام دورته المقررة (أنصاف الأيام غير المستبعدة مقسومة على اثنين).")),
    ("rates", (
        "Completion rate: places completed among places. Participation rate: places among places expected "
        "(places and no-shows of confirmed participants).",
        "Taux de réussite : places réussies parmi les places. Taux de participation : places parmi les places "
        "attendues (places et absences des participants confirmés).",
        "معدل الإتمام: المقاعد المُتمَّة من بين المقاعد. معدل المشاركة: المقاعد من بين المقاعد المتوقعة "
        "(المقاعد وغياب المشاركين المؤكَّدين).")),
    ("tests", (
        "Knowledge gain: means of the pre- and post-test over the places with both scores; improved: post-test "
        "above pre-test.",
        "Acquis : moyennes des tests initial et final sur les places ayant les deux scores ; amélioration : test "
        "final supérieur au test initial.",
        "المكتسبات: متوسطا الاختبارين القبلي والبعدي للمقاعد التي لها النتيجتان؛ التحسّن: نتيجة بعدية أعلى من القبلية.")),
    ("certificates", (
        "Certificates issued: valid certificates of the places (revoked and superseded ones not counted). "
        "Courses delivered: courses with at least one place.",
        "Certificats délivrés : certificats valides des places (révoqués et remplacés non comptés). Sessions "
        "réalisées : sessions ayant au moins une place.",
        "الشهادات الصادرة: الشهادات السارية للمقاعد (لا تُحتسب الملغاة ولا المستبدلة). الدورات المنفذة: "
        "الدورات التي لها مقعد واحد على الأقل.")),
)

_INDEX = {"en": 0, "fr": 1, "ar": 2}


def word(key: str, language: str, **values: object) -> str:
    text = WORDS[key][_INDEX.get(language, 0)]
    return text.format(**values) if values else text


def notes(language: str) -> list[str]:
    return [texts[_INDEX.get(language, 0)] for _, texts in NOTES]
LANGUAGES = ("en", "fr", "ar")
