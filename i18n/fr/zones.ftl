# Les fuseaux horaires qu’un mot saisi peut désigner (« EST », « IST », un pays à plusieurs
# fuseaux) : ce qu’est chaque choix sous le champ « Fuseau horaire » du formulaire de course, en
# quelques mots. Le nom du fuseau (America/New_York) s’affiche à côté et ne se traduit jamais.
# Les lieux gardent leur nom français ; les décalages (UTC−5, avec le signe moins U+2212) restent
# tels quels. Espace fine insécable avant : ; ! ? et dans « ».

## Décalages fixes, que la base des fuseaux nomme par des abréviations rarement voulues

zones-fixed-minus-5 = UTC−5 toute l’année, sans heure d’été
zones-fixed-minus-6 = UTC−6 toute l’année, sans heure d’été
zones-fixed-minus-7 = UTC−7 toute l’année, sans heure d’été
zones-utc = UTC toute l’année, sans heure d’été

## L’heure d’un lieu, avec ou sans heure d’été

zones-new-york = Heure de New York : UTC−5 en hiver, UTC−4 en été
zones-chicago = Heure de Chicago : UTC−6 en hiver, UTC−5 en été
zones-denver = Heure de Denver : UTC−7 en hiver, UTC−6 en été
zones-arizona = Arizona : UTC−7 toute l’année
zones-los-angeles = Heure de Los Angeles : UTC−8 en hiver, UTC−7 en été
zones-uk = Heure du Royaume-Uni : GMT en hiver, UTC+1 en été
zones-sydney = Sydney, Melbourne, Canberra : avec heure d’été
zones-queensland = Queensland : sans heure d’été
zones-adelaide-summer-time = Adélaïde : avec heure d’été
zones-darwin-no-summer-time = Darwin : sans heure d’été
zones-india = Heure normale de l’Inde, UTC+5:30
zones-ireland = Heure irlandaise : UTC+1 en été
zones-israel = Heure d’Israël
zones-china = Heure normale de la Chine, UTC+8
zones-atlantic = Heure de l’Atlantique (Halifax)
zones-arabia = Heure normale d’Arabie, UTC+3

## Les principaux fuseaux d’un pays qui en a plusieurs

# États-Unis
zones-alaska = Alaska
zones-hawaii = Hawaï
# Canada
zones-toronto = Toronto, Ottawa, Montréal
zones-winnipeg = Winnipeg
zones-calgary = Calgary, Edmonton
zones-vancouver = Vancouver
zones-halifax = Halifax
zones-newfoundland = Terre-Neuve
# Australie
zones-adelaide = Adélaïde
zones-darwin = Darwin
zones-perth = Perth
zones-tasmania = Tasmanie
# Brésil
zones-sao-paulo = São Paulo, Rio de Janeiro, Brasília
zones-manaus = Manaus
zones-noronha = Fernando de Noronha
# Mexique
zones-mexico-city = Mexico
zones-cancun = Cancún
zones-tijuana = Tijuana
# Russie
zones-moscow = Moscou, Saint-Pétersbourg
zones-yekaterinburg = Iekaterinbourg
zones-novosibirsk = Novossibirsk
zones-vladivostok = Vladivostok
# Indonésie
zones-jakarta = Jakarta
zones-bali = Bali, Makassar
zones-jayapura = Jayapura
# Espagne
zones-madrid = Madrid, Espagne continentale
zones-canary-islands = Îles Canaries
# Portugal
zones-lisbon = Lisbonne, Portugal continental et Madère
zones-azores = Açores
# Chili
zones-santiago = Santiago
zones-easter-island = Île de Pâques
# Nouvelle-Zélande
zones-auckland = Auckland, Wellington, Christchurch
zones-chatham-islands = Îles Chatham
