# fmt: off
"""Dutch first names, surnames and street names for demo households (common, not real
people)."""

VOORNAMEN_VROUW = [
    "Anna", "Maria", "Sophie", "Julia", "Emma", "Fatima", "Sara", "Lotte", "Noor", "Eva",
    "Johanna", "Wilhelmina", "Cornelia", "Ineke", "Marieke", "Yasmina", "Sanne", "Fleur",
    "Ayşe", "Priya", "Monique", "Petra", "Esther", "Hanneke", "Gerda", "Tineke",
]
VOORNAMEN_MAN = [
    "Jan", "Pieter", "Kees", "Daan", "Sem", "Mohammed", "Lucas", "Thijs", "Bram", "Ahmed",
    "Johannes", "Willem", "Gerrit", "Henk", "Mehmet", "Ricardo", "Sven", "Ruben", "Joost",
    "Hendrik", "Anton", "Youssef", "Dirk", "Bas", "Stefan", "Mark",
]
ACHTERNAMEN = [
    ("de", "Jong"), ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"),
    ("", "Bakker"), ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"),
    ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"),
    ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"),
    ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"),
    ("", "Yilmaz"), ("", "El Amrani"), ("", "Kaya"), ("", "Bouzid"), ("", "Sedney"),
    ("", "Kramer"), ("van", "Wijk"), ("", "Vermeulen"), ("van den", "Broek"), ("", "Kok"),
]
STRATEN = [
    "Dorpsstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Lindelaan", "Julianastraat",
    "Beatrixlaan", "Wilhelminastraat", "Oranjestraat", "Stationsweg", "Parklaan",
    "Eikenlaan", "Berkenstraat", "Kastanjelaan", "Tulpstraat", "Rozenstraat", "Vondelstraat",
    "Rembrandtlaan", "Sportlaan", "Industrieweg", "Havenstraat", "Marktplein", "Nieuwstraat",
    "Prinses Irenestraat", "Van Goghstraat", "Mozartlaan", "Esdoornstraat", "Zonnebloemstraat",
]
WIJKEN = [
    "Centrum", "Noord", "Zuid", "Oost", "West", "Binnenstad", "Oud-Zuid", "De Hoven",
    "Kanaleneiland", "Overvecht", "Zuilen", "Lunetten", "Hoograven", "Tuindorp", "Vleuten",
    "De Meern", "Leidsche Rijn", "Terwijde", "Lombok", "Wittevrouwen", "Oog in Al",
    "Transwijk", "Rivierenwijk", "Votulast", "Ondiep", "Pijlsweerd", "Tolsteeg", "Rijnsweerd",
    "Galgenwaard", "Maarschalkerweerd", "Nieuw Hoograven", "Lauwerecht", "Elinkwijk",
    "Queeckhovenplein", "Dichterswijk", "Schepenbuurt", "Sterrenwijk", "Tuinwijk",
    "Vogelenbuurt", "Watervogelbuurt", "Veemarkt", "Parkwijk", "Vechtzoom", "Poldergebied",
    "Haarzuilens", "Hof van Voorn", "Het Zand", "Langerak", "Grauwaart", "Zuilense Ring",
    "Veldhuizen", "Kattenbroek", "Nieuwland", "Schothorst", "Vathorst", "Hooglanderveen",
    "Liendert", "Soesterkwartier", "Randenbroek", "Schuilenburg", "Kruiskamp", "Isselt",
    "Bergkwartier", "Leusderkwartier", "Zielhorst", "Emiclaer", "Hoogland", "Stoutenburg",
    "Calveen", "Bosrijk", "Schothorst-Noord", "Vermeer", "Brandenburg", "Rustenburg",
    "Oosterheem", "Rokkeveen", "Seghwaert", "Buytenwegh", "Meerzicht", "Palenstein",
    "Driemanspolder", "Noordhove", "Dorp", "Oosterheem-Zuid", "Zoetermeer-Centrum",
    "Bloemendaal", "Kwakel", "Hoornes", "Heemstede", "Binnenring", "Buitenring",
]
RELATIES_NETWERK = ["familie", "buur", "vriend", "vrijwilliger", "kennis"]
ORGANISATIES = {
    "huisarts": ["Huisartsenpraktijk De Linde", "Gezondheidscentrum Noord", "Huisarts Bakker"],
    "school": ["Basisschool De Regenboog", "OBS Het Kompas", "Montessorischool De Ark"],
    "zorgaanbieder": ["Thuiszorg Zorgzaam", "Buurtzorg team Centrum", "Stichting Begeleid Wonen"],
    "bewindvoerder": ["Bewindvoering Plus", "Mentorschap Midden"],
    "woningcorporatie": ["Woonstichting Thuis", "Wooncorporatie De Sleutel"],
    "jeugdhulp": ["Jeugdhulp Samen Sterk", "Opvoedpoli"],
    "schuldhulp": ["Schuldhulpverlening gemeente", "Humanitas Thuisadministratie"],
}
# fmt: on
