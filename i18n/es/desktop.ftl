# Las palabras propias de la app de escritorio: su barra de menús, y lo que dice cuando no puede
# abrir su ventana. «&» marca la letra que elige Alt.

desktop-no-display = Fresh Legs no encontró ninguna pantalla donde abrir su ventana: ejecútalo en una sesión de escritorio, o ejecuta `make serve` y usa la app web en un navegador.
desktop-about-text = Planifica el masaje deportivo y el automasaje en torno a las carreras de un corredor. Sin conexión y privado.

## Archivo

desktop-file = &Archivo
desktop-import = &Importar…
desktop-export = &Exportar…
desktop-close-window = &Cerrar ventana
desktop-quit = &Salir

## Editar

desktop-edit = &Editar
desktop-undo = &Deshacer
desktop-redo = &Rehacer
desktop-cut = Cor&tar
desktop-copy = &Copiar
desktop-paste = &Pegar
desktop-select-all = Seleccionar t&odo

## Ver

desktop-view = &Ver
desktop-zoom-in = &Ampliar
desktop-zoom-out = &Reducir
desktop-actual-size = &Tamaño real

## Ayuda

desktop-help = Ay&uda
desktop-data-folder = Mostrar la carpeta de &datos
desktop-about = &Acerca de Fresh Legs
