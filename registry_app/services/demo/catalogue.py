"""What the demo office teaches, where, and the agencies that nominate to it."""

from __future__ import annotations

from ...domain.enums import OrganisationKind as K

CENTRE = {
    "name_en": "Programme Office for Counter-Terrorism and Training in Africa",
    "name_fr": "Bureau du programme de lutte contre le terrorisme et de formation en Afrique",
    "name_ar": "مكتب برنامج مكافحة الإرهاب والتدريب في أفريقيا",
    "city": "Rabat",
    "country_code": "MA",
    "serial_prefix": "RBT",
    "head_name": "Nadia Berrada",
    "head_title": "Head of the Programme Office",
}

THEMATIC_AREAS = [
    ("SEC", "Security", "Sécurité", "الأمن"),
    ("INV", "Investigations and prosecutions", "Enquêtes et poursuites", "التحقيقات والملاحقات القضائية"),
    ("PRI", "Prison management", "Gestion pénitentiaire", "إدارة السجون"),
    ("BRD", "Border management", "Gestion des frontières", "إدارة الحدود"),
    ("RRR", "Disengagement, rehabilitation and reintegration",
     "Désengagement, réhabilitation et réintégration", "فك الارتباط وإعادة التأهيل وإعادة الإدماج"),
]

# code, area, en, fr, ar, hours, min attendance %, pass mark
PROGRAMMES = [
    ("SEC-101", "SEC", "Threat assessment and risk analysis",
     "Évaluation de la menace et analyse des risques", "تقييم التهديدات وتحليل المخاطر", 40, 80, None),
    ("SEC-201", "SEC", "Protection of vulnerable targets and public spaces",
     "Protection des cibles vulnérables et des espaces publics", "حماية الأهداف الهشة والأماكن العامة",
     30, 80, None),
    ("INV-101", "INV", "Counter-terrorism investigations",
     "Enquêtes en matière de lutte contre le terrorisme", "التحقيقات في مجال مكافحة الإرهاب", 60, 80, 60),
    ("INV-201", "INV", "Countering the financing of terrorism",
     "Lutte contre le financement du terrorisme", "مكافحة تمويل الإرهاب", 40, 80, 60),
    ("INV-301", "INV", "Prosecuting terrorism cases with respect for human rights",
     "Poursuivre les affaires de terrorisme dans le respect des droits de l'homme",
     "الملاحقة القضائية في قضايا الإرهاب مع احترام حقوق الإنسان", 45, 85, 65),
    ("INV-401", "INV", "Digital evidence and open-source intelligence",
     "Preuves numériques et renseignement de sources ouvertes",
     "الأدلة الرقمية والاستخبارات مفتوحة المصدر", 35, 80, 60),
    ("PRI-101", "PRI", "Managing violent extremist prisoners",
     "Gestion des détenus extrémistes violents", "إدارة السجناء المتطرفين العنيفين", 40, 80, None),
    ("PRI-201", "PRI", "Preventing radicalisation in prisons",
     "Prévention de la radicalisation en milieu carcéral", "الوقاية من التطرف في السجون", 30, 75, None),
    ("BRD-101", "BRD", "Border security and management",
     "Sécurité et gestion des frontières", "أمن الحدود وإدارتها", 40, 80, 60),
    ("BRD-201", "BRD", "Advance passenger information and watch lists",
     "Informations préalables sur les passagers et listes de surveillance",
     "المعلومات المسبقة عن المسافرين وقوائم المراقبة", 24, 80, None),
    ("RRR-101", "RRR", "Rehabilitation and reintegration of persons formerly associated with armed groups",
     "Réhabilitation et réintégration des personnes anciennement associées à des groupes armés",
     "إعادة تأهيل وإدماج الأشخاص المرتبطين سابقا بالجماعات المسلحة", 45, 80, None),
    ("RRR-201", "RRR", "Gender dimensions of preventing violent extremism",
     "Dimensions de genre de la prévention de l'extrémisme violent",
     "الأبعاد الجنسانية لمنع التطرف العنيف", 24, 75, None),
]

ACCREDITATION_BODY = "Accreditation Council for Law Enforcement and Justice Training"

# venue, city, country, mode, languages taught there
VENUES = [
    ("Programme Office training hall", "Rabat", "MA", "in-person", ("fr", "ar", "en")),
    ("Royal Police Institute", "Kénitra", "MA", "in-person", ("fr", "ar")),
    ("Conference centre Palmeraie", "Marrakech", "MA", "in-person", ("fr", "en", "ar")),
    ("Regional Training Centre", "Nairobi", "KE", "in-person", ("en",)),
    ("École nationale d'administration", "Dakar", "SN", "in-person", ("fr",)),
    ("Justice Training College", "Abuja", "NG", "in-person", ("en",)),
    ("Virtual classroom", "", None, "online", ("en", "fr", "ar")),
]

# kind: (English name, French name, Portuguese name, acronyms en/fr/pt)
ORGANISATION_TEMPLATES = {
    K.POLICE: ("National Police Service", "Police nationale", "Polícia Nacional", "NPS", "PN", "PN"),
    K.GENDARMERIE: ("National Gendarmerie", "Gendarmerie nationale", "Guarda Nacional", "NG", "GN", "GN"),
    K.JUSTICE: ("Office of the Director of Public Prosecutions",
                "Parquet général près la Cour d'appel", "Procuradoria-Geral da República",
                "ODPP", "PG", "PGR"),
    K.PRISON: ("Prisons and Correctional Service", "Direction générale de l'administration pénitentiaire",
               "Serviço Penitenciário Nacional", "PCS", "DGAP", "SERNAP"),
    K.BORDER: ("Immigration and Border Service", "Direction de la police des frontières",
               "Serviço de Migração e Fronteiras", "IBS", "DPF", "SMF"),
    K.INTELLIGENCE: ("National Intelligence Agency", "Agence nationale de renseignement",
                     "Serviço de Informações do Estado", "NIA", "ANR", "SIE"),
    K.MINISTRY: ("Ministry of the Interior", "Ministère de l'Intérieur", "Ministério do Interior",
                 "MOI", "MI", "MINT"),
    K.MILITARY: ("Armed Forces", "Forces armées", "Forças Armadas", "AF", "FA", "FA"),
    K.CIVIL_SOCIETY: ("Women for Peace and Security Network",
                      "Observatoire citoyen de la prévention de l'extrémisme violent",
                      "Rede de Mulheres para a Paz", "WPSN", "OCPEV", "RMP"),
}
# A second agency of a kind, in the larger countries.
EXTRA_ORGANISATIONS = {
    K.JUSTICE: ("Ministry of Justice", "Ministère de la Justice", "Ministério da Justiça", "MOJ", "MJ", "MJ"),
    K.BORDER: ("Customs Service", "Direction générale des douanes", "Autoridade Tributária — Alfândegas",
               "CS", "DGD", "AT"),
    K.POLICE: ("Criminal Investigation Department", "Direction de la police judiciaire",
               "Serviço de Investigação Criminal", "CID", "DPJ", "SIC"),
}
INTERNATIONAL = [
    ("African Union Commission", "AUC", "ET"),
    ("ECOWAS Commission", "ECOWAS", "NG"),
    ("Intergovernmental Authority on Development", "IGAD", "DJ"),
    ("African Union Mechanism for Police Cooperation", "AFRIPOL", "DZ"),
    ("African Centre for the Study and Research on Terrorism", "ACSRT", "DZ"),
    ("Economic Community of Central African States", "ECCAS", "GA"),
    ("Southern African Development Community", "SADC", "BW"),
]
# How often each kind nominates.
KIND_WEIGHTS = {
    K.POLICE: 26, K.GENDARMERIE: 8, K.JUSTICE: 16, K.PRISON: 12, K.BORDER: 13, K.INTELLIGENCE: 5,
    K.MINISTRY: 8, K.MILITARY: 5, K.CIVIL_SOCIETY: 5, K.INTERNATIONAL: 2,
}

RANKS = {
    K.POLICE: (["Commissioner", "Superintendent", "Chief Inspector", "Inspector", "Sergeant"],
               ["Commissaire divisionnaire", "Commissaire", "Officier de police", "Inspecteur de police"]),
    K.GENDARMERIE: (["Colonel", "Major", "Captain", "Warrant Officer"],
                    ["Colonel", "Chef d'escadron", "Capitaine", "Adjudant-chef", "Lieutenant"]),
    K.JUSTICE: (["Senior State Counsel", "Prosecutor", "Deputy Prosecutor", "Investigating Judge"],
                ["Procureur de la République", "Substitut du procureur", "Juge d'instruction",
                 "Magistrat du parquet"]),
    K.PRISON: (["Prison Governor", "Chief Officer", "Correctional Officer", "Rehabilitation Officer"],
               ["Directeur d'établissement pénitentiaire", "Surveillant-chef", "Éducateur pénitentiaire"]),
    K.BORDER: (["Immigration Officer", "Senior Customs Officer", "Border Post Commander"],
               ["Inspecteur des douanes", "Officier de police aux frontières", "Chef de poste frontière"]),
    K.INTELLIGENCE: (["Senior Analyst", "Analyst", "Deputy Director"],
                     ["Analyste principal", "Analyste", "Directeur adjoint"]),
    K.MINISTRY: (["Director", "Deputy Director", "Policy Adviser", "Head of Unit"],
                 ["Directeur", "Directeur adjoint", "Conseiller technique", "Chef de service"]),
    K.MILITARY: (["Colonel", "Lieutenant Colonel", "Major", "Captain"],
                 ["Colonel", "Lieutenant-colonel", "Commandant", "Capitaine"]),
    K.CIVIL_SOCIETY: (["Programme Officer", "Coordinator", "Researcher"],
                      ["Chargé de programme", "Coordinateur", "Chercheur"]),
    K.INTERNATIONAL: (["Programme Officer", "Senior Adviser", "Liaison Officer"],
                      ["Chargé de programme", "Conseiller principal", "Officier de liaison"]),
}

TRAINER_EXPERTISE = {
    "SEC": "Threat assessment; protective security",
    "INV": "Criminal investigation; terrorist financing; prosecution",
    "PRI": "Prison management; risk assessment of violent extremist offenders",
    "BRD": "Border management; API/PNR systems",
    "RRR": "Rehabilitation and reintegration; gender and violent extremism",
}
TRAINER_AFFILIATIONS = [
    "Programme Office for Counter-Terrorism and Training in Africa",
    "Institut supérieur de la magistrature",
    "Regional Police Academy",
    "Independent expert",
    "Faculty of Law, Université Mohammed V",
    "International Institute for Justice and the Rule of Law",
]
