# El marco de cada pantalla: la navegación y la pantalla «Más».

skip-to-content = Ir al contenido
nav-label = Menú principal

nav-today = Hoy
nav-today-purpose = Qué hacer hoy y por qué.
nav-races = Carreras
nav-races-purpose = Tus carreras, tus bloques de entrenamiento y el plan de tu temporada.
nav-checklists = Listas
nav-checklists-purpose = Qué llevar y qué hacer antes y después de una carrera.
nav-aromatherapy = Aromaterapia
nav-aromatherapy-purpose = Aceites para el masaje, cantidades seguras y cuándo evitarlos.
nav-timers = Temporizadores
nav-timers-purpose = Rodillo de espuma y estiramientos guiados.
nav-log = Diario
nav-log-purpose = Tus masajes, tus agujetas y tus lesiones.
nav-training = Entrenamiento
nav-training-purpose = Importa los archivos de tu reloj: semanas duras, series, carreras y carga.
nav-settings = Ajustes
nav-settings-purpose = Tus preferencias, los temas y tus datos: exportar, importar, borrar.
nav-more = Más

## La página de una dirección que la app no conoce (un marcador antiguo, una errata)
not-found-heading = Página no encontrada
not-found-text = No hay ninguna página en { $path }. Tus datos están bien.
not-found-go-today = Ir a Hoy
