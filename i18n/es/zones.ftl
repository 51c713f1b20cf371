# Las zonas horarias a las que puede referirse una palabra escrita («EST», «IST», un país con
# varias zonas): qué es cada opción bajo el campo «Zona horaria» del formulario de carrera, en
# pocas palabras. El nombre de la zona (America/New_York) aparece al lado y nunca se traduce. Los
# lugares llevan su nombre en español; las diferencias con UTC (UTC−5, con el signo menos U+2212)
# quedan tal cual.

## Diferencias fijas con UTC, con abreviaturas que casi nadie usa con ese sentido

zones-fixed-minus-5 = UTC−5 todo el año, sin horario de verano
zones-fixed-minus-6 = UTC−6 todo el año, sin horario de verano
zones-fixed-minus-7 = UTC−7 todo el año, sin horario de verano
zones-utc = UTC todo el año, sin horario de verano

## La hora de un lugar, con o sin horario de verano

zones-new-york = Hora de Nueva York: UTC−5 en invierno, UTC−4 en verano
zones-chicago = Hora de Chicago: UTC−6 en invierno, UTC−5 en verano
zones-denver = Hora de Denver: UTC−7 en invierno, UTC−6 en verano
zones-arizona = Arizona: UTC−7 todo el año
zones-los-angeles = Hora de Los Ángeles: UTC−8 en invierno, UTC−7 en verano
zones-uk = Hora del Reino Unido: GMT en invierno, UTC+1 en verano
zones-sydney = Sídney, Melbourne, Canberra: con horario de verano
zones-queensland = Queensland: sin horario de verano
zones-adelaide-summer-time = Adelaida: con horario de verano
zones-darwin-no-summer-time = Darwin: sin horario de verano
zones-india = Hora estándar de la India, UTC+5:30
zones-ireland = Hora de Irlanda: UTC+1 en verano
zones-israel = Hora de Israel
zones-china = Hora estándar de China, UTC+8
zones-atlantic = Hora del Atlántico (Halifax)
zones-arabia = Hora estándar de Arabia, UTC+3

## Las zonas principales de un país con varias

# Estados Unidos
zones-alaska = Alaska
zones-hawaii = Hawái
# Canadá
zones-toronto = Toronto, Ottawa, Montreal
zones-winnipeg = Winnipeg
zones-calgary = Calgary, Edmonton
zones-vancouver = Vancouver
zones-halifax = Halifax
zones-newfoundland = Terranova
# Australia
zones-adelaide = Adelaida
zones-darwin = Darwin
zones-perth = Perth
zones-tasmania = Tasmania
# Brasil
zones-sao-paulo = São Paulo, Río de Janeiro, Brasilia
zones-manaus = Manaos
zones-noronha = Fernando de Noronha
# México
zones-mexico-city = Ciudad de México
zones-cancun = Cancún
zones-tijuana = Tijuana
# Rusia
zones-moscow = Moscú, San Petersburgo
zones-yekaterinburg = Ekaterimburgo
zones-novosibirsk = Novosibirsk
zones-vladivostok = Vladivostok
# Indonesia
zones-jakarta = Yakarta
zones-bali = Bali, Makassar
zones-jayapura = Jayapura
# España
zones-madrid = Madrid, España peninsular
zones-canary-islands = Islas Canarias
# Portugal
zones-lisbon = Lisboa, Portugal continental y Madeira
zones-azores = Azores
# Chile
zones-santiago = Santiago
zones-easter-island = Isla de Pascua
# Nueva Zelanda
zones-auckland = Auckland, Wellington, Christchurch
zones-chatham-islands = Islas Chatham
