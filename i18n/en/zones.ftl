# The time zones a typed word could mean ("EST", "IST", a country with several zones): what each
# choice under the race form's "Time zone" field is, in a few words. The zone's own name
# (America/New_York) shows beside it and is never translated. Place names take their usual name
# in each language; offsets (UTC−5, with a minus sign U+2212) stay as they are.
# English is the source and the fallback of every other language.

## Fixed offsets, which the zone database names by abbreviations people rarely mean

zones-fixed-minus-5 = UTC−5 all year, with no summer time
zones-fixed-minus-6 = UTC−6 all year, with no summer time
zones-fixed-minus-7 = UTC−7 all year, with no summer time
zones-utc = UTC all year, with no summer time

## A place's clocks, with or without summer time

zones-new-york = New York's time: UTC−5 in winter, UTC−4 in summer
zones-chicago = Chicago's time: UTC−6 in winter, UTC−5 in summer
zones-denver = Denver's time: UTC−7 in winter, UTC−6 in summer
zones-arizona = Arizona: UTC−7 all year
zones-los-angeles = Los Angeles' time: UTC−8 in winter, UTC−7 in summer
zones-uk = UK time: GMT in winter, UTC+1 in summer
zones-sydney = Sydney, Melbourne, Canberra: with summer time
zones-queensland = Queensland: no summer time
zones-adelaide-summer-time = Adelaide: with summer time
zones-darwin-no-summer-time = Darwin: no summer time
zones-india = India Standard Time, UTC+5:30
zones-ireland = Irish time: UTC+1 in summer
zones-israel = Israel time
zones-china = China Standard Time, UTC+8
zones-atlantic = Atlantic time (Halifax)
zones-arabia = Arabia Standard Time, UTC+3

## The main zones of a country with several

# United States
zones-alaska = Alaska
zones-hawaii = Hawaii
# Canada
zones-toronto = Toronto, Ottawa, Montreal
zones-winnipeg = Winnipeg
zones-calgary = Calgary, Edmonton
zones-vancouver = Vancouver
zones-halifax = Halifax
zones-newfoundland = Newfoundland
# Australia
zones-adelaide = Adelaide
zones-darwin = Darwin
zones-perth = Perth
zones-tasmania = Tasmania
# Brazil
zones-sao-paulo = São Paulo, Rio de Janeiro, Brasília
zones-manaus = Manaus
zones-noronha = Fernando de Noronha
# Mexico
zones-mexico-city = Mexico City
zones-cancun = Cancún
zones-tijuana = Tijuana
# Russia
zones-moscow = Moscow, St Petersburg
zones-yekaterinburg = Yekaterinburg
zones-novosibirsk = Novosibirsk
zones-vladivostok = Vladivostok
# Indonesia
zones-jakarta = Jakarta
zones-bali = Bali, Makassar
zones-jayapura = Jayapura
# Spain
zones-madrid = Madrid, mainland Spain
zones-canary-islands = Canary Islands
# Portugal
zones-lisbon = Lisbon, mainland Portugal and Madeira
zones-azores = Azores
# Chile
zones-santiago = Santiago
zones-easter-island = Easter Island
# New Zealand
zones-auckland = Auckland, Wellington, Christchurch
zones-chatham-islands = Chatham Islands
