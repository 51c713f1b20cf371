# Die Zeitzonen, die ein eingetipptes Wort meinen kann („EST“, „IST“, ein Land mit mehreren
# Zonen): was jede Auswahl unter dem Feld „Zeitzone“ im Wettkampfformular ist, in wenigen Worten.
# Der Name der Zone (America/New_York) steht daneben und wird nie übersetzt. Orte mit ihrem
# deutschen Namen; Abstände zu UTC (UTC−5, mit dem Minuszeichen U+2212) bleiben, wie sie sind.

## Feste Abstände zu UTC, die die Zonendatenbank mit Abkürzungen benennt, die kaum jemand meint

zones-fixed-minus-5 = UTC−5 das ganze Jahr, ohne Sommerzeit
zones-fixed-minus-6 = UTC−6 das ganze Jahr, ohne Sommerzeit
zones-fixed-minus-7 = UTC−7 das ganze Jahr, ohne Sommerzeit
zones-utc = UTC das ganze Jahr, ohne Sommerzeit

## Die Uhrzeit eines Ortes, mit oder ohne Sommerzeit

zones-new-york = Zeit in New York: UTC−5 im Winter, UTC−4 im Sommer
zones-chicago = Zeit in Chicago: UTC−6 im Winter, UTC−5 im Sommer
zones-denver = Zeit in Denver: UTC−7 im Winter, UTC−6 im Sommer
zones-arizona = Arizona: UTC−7 das ganze Jahr
zones-los-angeles = Zeit in Los Angeles: UTC−8 im Winter, UTC−7 im Sommer
zones-uk = Britische Zeit: GMT im Winter, UTC+1 im Sommer
zones-sydney = Sydney, Melbourne, Canberra: mit Sommerzeit
zones-queensland = Queensland: ohne Sommerzeit
zones-adelaide-summer-time = Adelaide: mit Sommerzeit
zones-darwin-no-summer-time = Darwin: ohne Sommerzeit
zones-india = Indische Standardzeit, UTC+5:30
zones-ireland = Irische Zeit: UTC+1 im Sommer
zones-israel = Israelische Zeit
zones-china = Chinesische Standardzeit, UTC+8
zones-atlantic = Atlantik-Zeit (Halifax)
zones-arabia = Arabische Standardzeit, UTC+3

## Die wichtigsten Zonen eines Landes mit mehreren

# USA
zones-alaska = Alaska
zones-hawaii = Hawaii
# Kanada
zones-toronto = Toronto, Ottawa, Montreal
zones-winnipeg = Winnipeg
zones-calgary = Calgary, Edmonton
zones-vancouver = Vancouver
zones-halifax = Halifax
zones-newfoundland = Neufundland
# Australien
zones-adelaide = Adelaide
zones-darwin = Darwin
zones-perth = Perth
zones-tasmania = Tasmanien
# Brasilien
zones-sao-paulo = São Paulo, Rio de Janeiro, Brasília
zones-manaus = Manaus
zones-noronha = Fernando de Noronha
# Mexiko
zones-mexico-city = Mexiko-Stadt
zones-cancun = Cancún
zones-tijuana = Tijuana
# Russland
zones-moscow = Moskau, Sankt Petersburg
zones-yekaterinburg = Jekaterinburg
zones-novosibirsk = Nowosibirsk
zones-vladivostok = Wladiwostok
# Indonesien
zones-jakarta = Jakarta
zones-bali = Bali, Makassar
zones-jayapura = Jayapura
# Spanien
zones-madrid = Madrid, spanisches Festland
zones-canary-islands = Kanarische Inseln
# Portugal
zones-lisbon = Lissabon, portugiesisches Festland und Madeira
zones-azores = Azoren
# Chile
zones-santiago = Santiago
zones-easter-island = Osterinsel
# Neuseeland
zones-auckland = Auckland, Wellington, Christchurch
zones-chatham-islands = Chatham-Inseln
