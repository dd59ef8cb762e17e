"""Names that fit their countries. Arab states get the Arabic script beside the Latin name, spelt in
French (Maghreb) or English (Egypt, Sudan, Libya) transliteration."""

from __future__ import annotations

# (French-style Latin, English-style Latin, Arabic)
ARAB_MEN = [
    ("Mohamed", "Mohammed", "محمد"), ("Ahmed", "Ahmed", "أحمد"), ("Youssef", "Yousef", "يوسف"),
    ("Karim", "Karim", "كريم"), ("Hamza", "Hamza", "حمزة"), ("Omar", "Omar", "عمر"),
    ("Abdelkader", "Abdulqadir", "عبد القادر"), ("Saïd", "Said", "سعيد"), ("Rachid", "Rashid", "رشيد"),
    ("Mustapha", "Mostafa", "مصطفى"), ("Khalid", "Khaled", "خالد"), ("Hicham", "Hisham", "هشام"),
    ("Nabil", "Nabil", "نبيل"), ("Tarik", "Tariq", "طارق"), ("Anouar", "Anwar", "أنور"),
    ("Driss", "Idris", "إدريس"), ("Brahim", "Ibrahim", "إبراهيم"), ("Abdellah", "Abdullah", "عبد الله"),
    ("Mehdi", "Mahdi", "مهدي"), ("Amine", "Amin", "أمين"), ("Othmane", "Osman", "عثمان"),
    ("Ayoub", "Ayoub", "أيوب"), ("Soufiane", "Sufyan", "سفيان"), ("Mahmoud", "Mahmoud", "محمود"),
    ("Walid", "Walid", "وليد"), ("Hassan", "Hassan", "حسن"), ("Jamal", "Gamal", "جمال"),
    ("Abderrahmane", "Abdelrahman", "عبد الرحمن"), ("Mohamed Amine", "Mohamed Amin", "محمد أمين"),
]
ARAB_WOMEN = [
    ("Fatima", "Fatma", "فاطمة"), ("Khadija", "Khadiga", "خديجة"), ("Amina", "Amina", "أمينة"),
    ("Meriem", "Mariam", "مريم"), ("Salma", "Salma", "سلمى"), ("Nadia", "Nadia", "نادية"),
    ("Samira", "Samira", "سميرة"), ("Leïla", "Laila", "ليلى"), ("Houda", "Hoda", "هدى"),
    ("Zineb", "Zeinab", "زينب"), ("Imane", "Iman", "إيمان"), ("Sanaa", "Sanaa", "سناء"),
    ("Hanane", "Hanan", "حنان"), ("Naïma", "Naima", "نعيمة"), ("Asmae", "Asmaa", "أسماء"),
    ("Sara", "Sara", "سارة"), ("Rania", "Rania", "رانيا"), ("Yasmine", "Yasmin", "ياسمين"),
    ("Aïcha", "Aisha", "عائشة"), ("Souad", "Soad", "سعاد"), ("Fatima Zahra", "Fatma El Zahraa", "فاطمة الزهراء"),
]
ARAB_FAMILIES = [
    ("El Amrani", "El Amrani", "العمراني"), ("Benali", "Ben Ali", "بنعلي"), ("Bennani", "Bennani", "بناني"),
    ("Alaoui", "Alaoui", "العلوي"), ("El Idrissi", "El Idrissi", "الإدريسي"), ("Tazi", "Tazi", "التازي"),
    ("Berrada", "Berrada", "برادة"), ("Cherkaoui", "Sharqawi", "الشرقاوي"), ("Belkacem", "Belkacem", "بلقاسم"),
    ("Haddad", "Haddad", "حداد"), ("Mansouri", "Mansouri", "المنصوري"), ("Saïdi", "Saidi", "السعيدي"),
    ("Trabelsi", "Trabelsi", "الطرابلسي"), ("Ben Youssef", "Ben Youssef", "بن يوسف"), ("Hamdi", "Hamdy", "حمدي"),
    ("Gharbi", "Gharbi", "الغربي"), ("Ould Ahmed", "Ould Ahmed", "ولد أحمد"), ("Khalil", "Khalil", "خليل"),
    ("Abderrahmane", "Abdelrahman", "عبد الرحمن"), ("Hassan", "Hassan", "حسن"), ("Mahmoud", "Mahmoud", "محمود"),
    ("Bouzid", "Bouzid", "بوزيد"), ("Ziani", "Ziani", "الزياني"), ("Chaouki", "Shawky", "شوقي"),
    ("Abdelfattah", "Abdel Fattah", "عبد الفتاح"), ("El Sayed", "El Sayed", "السيد"), ("Soliman", "Soliman", "سليمان"),
    ("Farouk", "Farouk", "فاروق"), ("Mekki", "Mekki", "المكي"), ("Boukhari", "Bukhari", "البخاري"),
    ("Lahlou", "Lahlou", "لحلو"), ("Ould Mohamed Lemine", "Ould Mohamed Lemine", "ولد محمد الأمين"),
]

FRANCOPHONE_MEN = [
    "Mamadou", "Moussa", "Ibrahima", "Abdoulaye", "Oumar", "Souleymane", "Boubacar", "Amadou", "Sékou",
    "Issa", "Adama", "Lassina", "Désiré", "Koffi", "Kouassi", "Yao", "Serge", "Hervé", "Jean-Baptiste",
    "Théophile", "Aboubacar", "Alassane", "Cheikh", "Modibo", "Seydou", "Ousmane", "Mahamat", "Frédéric",
    "Aimé", "Rodrigue", "Gédéon", "Noël",
]
FRANCOPHONE_WOMEN = [
    "Aminata", "Fatoumata", "Mariam", "Aïssata", "Awa", "Kadiatou", "Adjoa", "Akissi", "Hélène",
    "Bernadette", "Joséphine", "Rokia", "Salimata", "Ramatoulaye", "Nafissatou", "Clarisse", "Estelle",
    "Mariama", "Célestine", "Édith", "Geneviève", "Solange",
]
FRANCOPHONE_FAMILIES = [
    "Traoré", "Diallo", "Coulibaly", "Keïta", "Koné", "Ouédraogo", "Sawadogo", "Diarra", "Camara", "Touré",
    "Cissé", "Sylla", "Ndiaye", "Diop", "Fall", "Sow", "Ba", "Konaté", "Kaboré", "Zongo", "Kouamé", "Bamba",
    "Sanogo", "Dembélé", "Issoufou", "Hamani", "Mbaye", "Gueye", "Sarr", "Faye", "Agbo", "Adjovi",
    "Houngbédji", "Kpodar", "Mbarga", "Essomba", "Nkoulou", "Mukendi", "Kabongo", "Ilunga", "Tshibanda",
    "Nganga", "Ondo", "Nguema", "Mahamat Abakar", "Oumarou", "Nzeyimana", "Ndayishimiye", "Rakotomalala",
    "Andrianarivo", "Mahamadou Issoufou Abdourahamane",
]

ANGLOPHONE_MEN = [
    "Chinedu", "Emeka", "Oluwaseun", "Babatunde", "Ibrahim", "Musa", "Abdullahi", "Kwame", "Kofi",
    "Kwabena", "Yaw", "Samuel", "Emmanuel", "John", "Joseph", "Abubakar", "Aliyu", "Usman", "Tunde",
    "David", "Peter", "James", "Daniel", "Brian", "Kevin", "Abdi", "Hassan", "Abebe", "Dawit", "Tesfaye",
    "Yohannes", "Juma", "Baraka", "Innocent", "Thabo", "Sipho", "Themba", "Bongani", "Kagiso", "Tumelo",
]
ANGLOPHONE_WOMEN = [
    "Ngozi", "Chioma", "Aisha", "Hauwa", "Folake", "Adaeze", "Abena", "Akosua", "Ama", "Efua", "Grace",
    "Mary", "Blessing", "Zainab", "Wanjiru", "Akinyi", "Achieng", "Faith", "Mercy", "Halima", "Hodan",
    "Fadumo", "Tigist", "Meseret", "Selam", "Neema", "Rehema", "Esther", "Lerato", "Nomsa", "Palesa", "Neo",
]
ANGLOPHONE_FAMILIES = [
    "Okafor", "Okonkwo", "Adeyemi", "Bello", "Abubakar", "Yusuf", "Adebayo", "Eze", "Nwosu", "Mensah",
    "Asante", "Boateng", "Owusu", "Ofori", "Kamara", "Sesay", "Koroma", "Conteh", "Jallow", "Ceesay",
    "Kollie", "Kamau", "Mwangi", "Otieno", "Odhiambo", "Kiprono", "Chebet", "Wekesa", "Mutua", "Okello",
    "Mugisha", "Nsubuga", "Musoke", "Mushi", "Kimaro", "Haile", "Bekele", "Tadesse", "Girma",
    "Gebremedhin", "Tekle", "Warsame", "Farah", "Deng", "Garang", "Banda", "Phiri", "Mwale", "Moyo",
    "Ncube", "Dlamini", "Nkosi", "Mokoena", "Khumalo", "Molefe", "Shikongo", "Oluwadamilare-Adewuyi",
]

LUSOPHONE_MEN = ["João", "António", "Manuel", "Domingos", "Celestino", "Adelino", "Armando", "Inácio"]
LUSOPHONE_WOMEN = ["Ana", "Maria", "Joana", "Esperança", "Conceição", "Luísa", "Graça"]
LUSOPHONE_FAMILIES = [
    "dos Santos", "da Silva", "Fernandes", "Tavares", "Mendes", "Lopes", "Gomes", "Cabral", "Machava",
    "Cossa", "Mondlane", "Sebastião", "Gonçalves",
]

ARAB_FRENCH = {"MA", "DZ", "TN", "MR"}
ARAB_ENGLISH = {"EG", "SD", "LY"}
FRANCOPHONE = {"SN", "ML", "BF", "NE", "CI", "GN", "TG", "BJ", "CM", "TD", "CF", "CG", "CD", "GA", "GQ",
               "BI", "RW", "DJ", "KM", "MG", "SC", "MU"}
LUSOPHONE = {"AO", "MZ", "CV", "GW", "ST"}

# Where the office's participants come from, by weight (the Sahel and North Africa weigh most).
COUNTRY_WEIGHTS = {
    "MA": 6, "DZ": 3, "TN": 4, "EG": 4, "LY": 2, "SD": 2, "MR": 5, "SN": 5, "ML": 5, "BF": 5, "NE": 5,
    "TD": 4, "CM": 3, "CI": 4, "NG": 6, "GH": 3, "KE": 5, "SO": 3, "ET": 3, "UG": 3, "TZ": 3, "MZ": 4,
    "BJ": 3, "TG": 3, "GN": 2, "CD": 2,
}

CALLING_CODES = {
    "DZ": 213, "EG": 20, "LY": 218, "MA": 212, "SD": 249, "TN": 216, "BJ": 229, "BF": 226, "CV": 238,
    "CI": 225, "GM": 220, "GH": 233, "GN": 224, "GW": 245, "LR": 231, "ML": 223, "MR": 222, "NE": 227,
    "NG": 234, "SN": 221, "SL": 232, "TG": 228, "AO": 244, "CM": 237, "CF": 236, "TD": 235, "CG": 242,
    "CD": 243, "GQ": 240, "GA": 241, "ST": 239, "BI": 257, "KM": 269, "DJ": 253, "ER": 291, "ET": 251,
    "KE": 254, "MG": 261, "MW": 265, "MU": 230, "MZ": 258, "RW": 250, "SC": 248, "SO": 252, "SS": 211,
    "UG": 256, "TZ": 255, "ZM": 260, "ZW": 263, "BW": 267, "SZ": 268, "LS": 266, "NA": 264, "ZA": 27,
}


def language_group(country: str) -> str:
    """'ar-fr', 'ar-en', 'fr', 'pt' or 'en': the name pool and working language of a country."""
    if country in ARAB_FRENCH:
        return "ar-fr"
    if country in ARAB_ENGLISH:
        return "ar-en"
    if country in FRANCOPHONE:
        return "fr"
    if country in LUSOPHONE:
        return "pt"
    return "en"


def working_languages(group: str) -> tuple[str, ...]:
    """Course languages a participant from that group can follow, the preferred one first."""
    return {"ar-fr": ("fr", "ar"), "ar-en": ("ar", "en"), "fr": ("fr",), "pt": ("en", "fr"),
            "en": ("en",)}[group]
