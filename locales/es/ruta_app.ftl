# Textos de la app para sobrevivientes (español, idioma por defecto).
# Tono: claro, respetuoso, centrado en la persona; nunca culpar. Se trata a la persona de "usted".

## Marco de todas las pantallas

app-name = Ruta
quick-exit = Salir rápido
quick-exit-hint = Para salir al instante, pulse «Salir rápido» o la tecla Esc tres veces. Se abrirá otra página.
demo-notice = Versión de demostración: todos los servicios, direcciones y teléfonos de esta lista son inventados. No son servicios reales.
nav-label = Navegación

## Inicio

home-heading = Encontrar ayuda cerca de…
home-intro = Escriba el nombre de un pueblo o ciudad. No hace falta compartir dónde está.
town-label = Pueblo o ciudad
town-searching = Buscando lugares…
town-no-match = No encontramos un lugar con ese nombre. Pruebe otra forma de escribirlo o un pueblo cercano.
town-suggestions-label = Lugares que coinciden
place-name = { $name }, { $admin1 }, { $country }
location-or = o bien
use-location = Usar mi ubicación
use-location-hint = La ubicación solo se pide si pulsa este botón. Se redondea a cerca de 1 km antes de buscar y no se guarda.
location-finding = Buscando su ubicación…
location-denied = No se pudo usar su ubicación porque el permiso está desactivado. Puede escribir un pueblo o ciudad en su lugar.
location-unavailable = No pudimos saber su ubicación en este momento. Puede escribir un pueblo o ciudad en su lugar.
settings-heading = Idioma y privacidad
language-label = Idioma
remember-language = Recordar mi idioma en este teléfono
remember-language-hint = Si marca esta casilla, se guarda solo el idioma en este teléfono. Si no la marca, esta app no guarda nada.
discreet-mode = Mostrar un nombre y un icono neutros («Clima»)
discreet-mode-hint = La pestaña del navegador, y el icono si añade esta página a la pantalla de inicio, dirán «Clima» con un dibujo sencillo del tiempo: quien mire el teléfono no verá nada más. Esta opción se guarda en este teléfono; «Borrar lo guardado en este teléfono» la quita.
clear-device = Borrar lo guardado en este teléfono
clear-device-hint = Borra todo lo que esta app haya guardado en este teléfono y vuelve al inicio.
clear-device-done = Listo: se borró lo que esta app tenía guardado. El historial del navegador puede seguir mostrando esta página; puede borrarlo en la configuración del navegador.

## Números de emergencia

emergency-heading = Números de emergencia en { $country }
lifelines-open = Todos los números y sus derechos
lifelines-open-anywhere = Números de emergencia y sus derechos, por país
lifelines-heading = Dónde llamar en { $country }
lifelines-heading-none = Dónde llamar
lifelines-country-label = País
lifelines-country-choose = Elija un país
lifelines-offline-note = Este teléfono guarda estos números de todos los países por igual: funcionan sin internet y no muestran qué país consultó.
lifelines-emergency-heading = Números de emergencia
lifelines-lines-heading = Líneas de ayuda
lifeline-link = { $label }: { $number }
lifeline-whatsapp = WhatsApp: { $number }
lifeline-sms = Mensaje de texto: { $number }
lifeline-web-chat = Chat en la web
lifeline-free = gratis
lifeline-24h = 24 horas
lifeline-hours = Horario: { $hours }
lifeline-languages = Idiomas: { $languages }
lifeline-run-by = La atiende: { $organisation }
lifeline-source = Fuente: { $title }. Revisado el { $date }.
lifeline-checked = Revisado el { $date }.
lifeline-unverified = Sin confirmar: la única fuente que encontramos es antigua o no es oficial. Si puede, compruebe este número de otra forma también.
lifelines-corrected = Corregido por las personas que administran este servicio el { $date }.
lifelines-no-trafficking-line = No encontramos una línea nacional contra la trata con una fuente pública en este país. Si está en peligro, llame al { $number }.
lifelines-no-emergency = Todavía no tenemos un número de emergencia comprobado para este lugar. Pregunte el número local a alguien de confianza.
purpose-general = Emergencias
purpose-police = Policía
purpose-ambulance = Ambulancia
purpose-fire = Bomberos
purpose-women = Violencia contra las mujeres
purpose-children = Niñas, niños y adolescentes
purpose-human_rights = Derechos humanos
purpose-migrants = Personas migrantes
purpose-coast_guard = Rescate en el mar
purpose-civil_protection = Desastres
focus-trafficking = Línea contra la trata
focus-women = Línea para mujeres
focus-children = Línea para niñas, niños y adolescentes
focus-human_rights = Línea de derechos humanos
focus-migrants = Línea para personas migrantes
focus-labour = Línea para trabajadores
focus-lgbtq = Línea para personas LGBTIQ+
focus-mental_health = Línea de apoyo emocional
rights-heading = Sus derechos
rights-intro = Todos los países de esta región firmaron un acuerdo contra la trata: el Protocolo de Palermo. Dice lo que las sobrevivientes pueden pedir. Cada país lo aplica a su manera.
rights-help = Puede pedir ayuda sin ir a la policía.
rights-free = La ayuda para sobrevivientes no debería costarle dinero.
rights-private = Lo que usted cuente debe mantenerse en privado.
rights-interpreter = Puede pedir un intérprete que hable su idioma.
rights-time = Puede tomarse tiempo para descansar y pensar antes de decidir qué hacer.
rights-not-punished = No deberían castigarle por lo que le obligaron a hacer.
rights-consulate = Si es de otro país, puede pedir ayuda a su consulado.
rights-go-or-stay = Puede preguntar cómo volver a su país de forma segura, o cómo quedarse en este país.
route-heading = Qué pasa después en { $country }
route-intro = Estos son los pasos habituales. Donde usted está, pueden ser distintos.
route-law = La ley: { $law }
route-bodies = Quién: { $bodies }
route-contact = Cómo contactarles: { $contact }
route-none = Todavía no encontramos una descripción pública de los pasos en este país. Las líneas de ayuda de arriba pueden informarle.

## Enlaces para llamar o escribir

action-call = Llamar: { $number }
action-sms = Enviar SMS: { $number }
action-whatsapp = WhatsApp: { $number }
whatsapp-note = WhatsApp es de otra empresa. Si lo usa, la conversación puede quedar visible en este teléfono.
phone-trace-note = Las llamadas y los mensajes quedan en el historial del teléfono. Si le preocupa que alguien lo revise, puede borrarlos después.

## Resultados

results-back = Volver a la búsqueda
results-heading-place = Ayuda cerca de { $place }
results-heading-location = Ayuda cerca de su ubicación
results-loading = Buscando ayuda…
results-count =
    { $count ->
        [one] Un lugar a menos de { $radius }
       *[other] { $count } lugares a menos de { $radius }
    }
results-list-label = Lugares con local, del más cercano al más lejano
show-filters = Filtrar resultados
result-distance = { $distance } { $direction }
result-distance-approximate = Unos { $distance } { $direction } (zona aproximada)
result-languages = Idiomas: { $languages }
result-checked = Revisado por la organización: { $date }
result-not-checked = La organización aún no lo revisó
result-confidential = La dirección es confidencial para proteger a quienes se alojan allí. Solo se muestra la zona.
locator-heading = Dónde quedan
locator-label = Esquema de direcciones: usted está en el centro; cada número es un lugar de la lista, según su distancia y dirección.
no-results = No encontramos servicios con local a menos de { $radius } que coincidan con su búsqueda.
no-results-try = Puede buscar más lejos, quitar algunos filtros o usar la ayuda a distancia y las líneas de ayuda que aparecen más abajo.
wider-radius = Buscar más lejos (hasta { $radius })
beyond-heading = Lo más cercano que coincide, a más de { $radius }
remote-heading = Ayuda que puede recibir desde aquí a distancia
remote-intro = Por teléfono, videollamada o chat.
remote-none = No hay servicios a distancia que coincidan con su búsqueda.
remote-details = Más información

## Filtros

filters-heading = Filtrar resultados
filter-kind = Tipo de ayuda
filter-language = Idioma que hablan
filter-language-any = Cualquier idioma
filter-population = Para quién es
filter-free = Solo gratuitos
filter-open-now = Solo abiertos ahora
filter-delivery = Cómo se atiende
filter-delivery-any = De cualquier forma
filter-delivery-in-person = En persona
filter-delivery-remote = A distancia (teléfono, video o chat)
filters-clear = Quitar filtros
filters-see-results = Ver resultados

## Ficha de un servicio

service-back = Volver a los resultados
service-loading = Cargando…
service-organization = A cargo de: { $organization }
service-website = Sitio web de la organización
service-apply = Cómo recibir ayuda
service-contact-heading = Contacto
service-sessions-book = Ver sus consejeros y horarios libres
service-sessions-intro = Sus consejeros dan sesiones psicosociales por videollamada, teléfono o chat. No necesita cuenta ni correo.
service-sessions-heading = Sesiones a distancia con esta organización
service-no-phone = Este servicio no tiene teléfono en el directorio.
service-about = Qué ofrece
shown-in = Texto en { $language }
service-populations = Para quién es
service-populations-all = Para todas las personas
service-languages = Idiomas
service-cost = Costo
service-delivery = Cómo se atiende
service-area = Se puede usar desde: { $places }
service-hours = Horario
hours-timezone = Hora local de { $zone }
hours-always = Abierto las 24 horas, todos los días
hours-none = No indicaron un horario. Llame para preguntar.
hours-closed = Cerrado
day-range = { $first } a { $last }
service-capacity = Lugares disponibles
capacity-updated = Actualizado el { $date }
service-verified = La organización revisó estos datos el { $date }
service-location = Dónde está
service-other-locations = También atiende en estos lugares
service-confidential = Para proteger a las personas que se alojan allí, la dirección no se muestra. Llame a la línea de admisión: le dirán cómo llegar de forma segura.
service-area-approximate = Zona: { $area }
service-point-approximate = Las distancias se cuentan desde el centro de la localidad, no desde esta dirección. Llame antes de ir.
service-no-premises = Este servicio se atiende a distancia.

## Vocabulario

kind-shelter = Albergue
kind-psychosocial = Apoyo psicosocial
kind-hotline = Línea de ayuda
kind-legal = Asesoría legal
kind-health = Salud
kind-food_clothing = Comida y ropa
kind-employment_training = Empleo y capacitación
kind-education = Educación
kind-documents_migration = Documentos y migración
kind-repatriation = Regreso seguro al país de origen
kind-financial_aid = Ayuda económica
kind-other = Otra ayuda
population-women = Mujeres
population-men = Hombres
population-lgbtq = Personas LGBTQ+
population-children = Niñas y niños
population-adolescents = Adolescentes
population-families = Familias
population-migrants = Personas migrantes
population-indigenous_peoples = Pueblos indígenas
population-people_with_disabilities = Personas con discapacidad
population-sexual_exploitation = Sobrevivientes de explotación sexual
population-labour_exploitation = Sobrevivientes de explotación laboral
population-other_exploitation = Sobrevivientes de otras formas de explotación
cost-free = Gratuito
cost-low = Costo bajo
cost-paid = Con costo
cost-unknown = Costo no indicado: pregunte
delivery-in_person = En persona
delivery-phone = Por teléfono
delivery-video = Por videollamada
delivery-chat = Por chat
open-now = Abierto ahora
closed-now = Cerrado ahora
hours-unknown = Horario no indicado
open-always = Abierto las 24 horas
capacity-available = Hay lugares disponibles
capacity-limited = Quedan pocos lugares
capacity-full = Sin lugares por ahora
capacity-unknown = Disponibilidad no indicada
status-temporarily_closed = Cerrado temporalmente
# Puntos cardinales abreviados, como en «3.2 km NE» (O = oeste).
compass-n = N
compass-ne = NE
compass-e = E
compass-se = SE
compass-s = S
compass-sw = SO
compass-w = O
compass-nw = NO
weekday-mon = Lunes
weekday-tue = Martes
weekday-wed = Miércoles
weekday-thu = Jueves
weekday-fri = Viernes
weekday-sat = Sábado
weekday-sun = Domingo

## Errores

# Mensajes para los códigos de error de la API (campo "code"). La app los muestra en vez del texto en inglés.
error-invalid_parameter = Algo de lo que se buscó no se entiende. Revise { $field } e intente de nuevo.
error-missing_parameter = Falta un dato para buscar: { $field }.
error-not_found = No encontramos lo que busca. Puede que ya no esté en el directorio.
error-no_route = Esta página no existe.
error-internal = Algo falló de nuestro lado. Intente de nuevo en un momento.
error-invalid_field = Revise { $field }: falta o no es válido.
error-unauthorized = Inicie sesión para continuar. Si ya lo hizo, la sesión terminó: vuelva a entrar.
error-forbidden = Su cuenta no permite hacer esto.
error-account_pending = Su cuenta todavía espera la aprobación de un administrador.
error-cross_origin = Por seguridad, este cambio solo se puede hacer desde la página de Ruta.
error-rate_limited = Demasiados intentos seguidos. Espere un momento y vuelva a intentar.
error-conflict = { $field } ya está en uso.
error-slot_taken = Alguien acaba de reservar esa hora. Elija otra.
error-payload_too_large = El archivo es demasiado grande para una sola importación: divídalo o pida a un administrador que lo importe.
error-import_running = Hay otra importación en curso. Inténtelo de nuevo cuando termine.
error-precondition_required = Este cambio debe indicar qué versión reemplaza. Vuelva a cargar e intente de nuevo.
error-precondition_failed = Otra persona lo cambió mientras tanto. Vuelva a cargar para ver los cambios.
error-method_not_allowed = Esta acción no está disponible aquí.
error-unavailable = El servicio está muy ocupado en este momento. Inténtelo de nuevo en unos segundos.
# Sin conexión o sin respuesta del servidor.
error-network = No pudimos conectarnos. Revise su conexión a internet e intente de nuevo.
retry = Intentar de nuevo
# Lo que se pone en { $field } de los mensajes de error.
field-place = el lugar
field-location = la ubicación
field-radius = la distancia
field-service = el servicio
field-filters = los filtros

## Distancias

# { $value } ya viene con los separadores del idioma («3,2» o «3.2»).
distance-metres = { $value } m
distance-kilometres = { $value } km

## Reportar un problema con un servicio (cualquier persona, sin datos personales)

report-no_answer = El número no contesta
report-wrong_number = El número es incorrecto
report-closed = Está cerrado
report-wrong_address = La dirección no es correcta
report-wrong_hours = El horario no es correcto
report-not_as_described = No atienden lo que dice aquí
report-other = Otro problema
report-heading = ¿Algo de esta información está mal?
report-intro = Avísenos sin dar ningún dato suyo: la organización lo revisará.
report-thanks = Gracias. La organización revisará estos datos.
field-email = el correo electrónico
field-password = la contraseña
field-form = el formulario

## Pantallas del personal de las organizaciones (solo en el paquete /staff/)

staff-title = Ruta · Organizaciones
staff-sign-out = Cerrar sesión
staff-sign-in-heading = Iniciar sesión
staff-sign-in-intro = Para el personal de las organizaciones, las líneas de ayuda y la administración de Ruta.
staff-email = Correo electrónico
staff-password = Contraseña
staff-sign-in = Entrar
staff-listings-heading = Sus servicios
staff-listings-intro = Mantenga los datos al día: las personas confían en ellos para llegar a la ayuda.
staff-listings-count =
    { $count ->
        [one] Un servicio
       *[other] { $count } servicios
    }
staff-no-listings = Todavía no hay servicios. Agregue el primero.
staff-new-listing = Agregar un servicio
staff-reports = Problemas reportados
staff-stale = Sin revisar hace más de 6 meses: confirme los datos para que vuelva a aparecer primero.
staff-deactivated = Dado de baja
staff-confidential = Dirección confidencial: el público solo ve la zona.
staff-last-checked = Revisado el { $date }
staff-never-checked = Nunca revisado
staff-capacity-question = ¿Lugares disponibles hoy?
staff-still-correct = Los datos siguen correctos
staff-edit = Editar
staff-history = Historial
staff-saved = Guardado.
# Someone else saved the record while this person had it open (HTTP 412); the Reload button reads it again.
staff-changed-listing = Otra persona cambió este servicio. Vuelva a cargarlo para ver los cambios.
staff-changed-profile = Otra persona cambió este perfil. Vuelva a cargarlo para ver los cambios.
staff-changed-lifelines = Otra persona cambió estas líneas de ayuda. Vuelva a cargarlas para ver los cambios.
staff-reload = Volver a cargar
staff-confirmed = Gracias: quedó registrado que los datos están al día.
staff-back = Volver a sus servicios
staff-edit-heading = Editar el servicio
staff-new-heading = Nuevo servicio
staff-names = Nombre y descripción
staff-names-hint = Puede escribirlos en varios idiomas: cada persona verá el suyo si existe.
staff-translation = Idioma { $number }
staff-language-code = Código del idioma (es, qu, pt-BR…)
staff-name = Nombre
staff-description = Descripción
staff-descriptions = Descripciones
staff-populations-hint = Si no marca ninguno, el servicio es para todas las personas.
staff-languages-hint = Códigos de idioma separados por comas, por ejemplo: es, qu, en
staff-phone = Teléfono { $number }
staff-phone-number = Número con código de país (+504…)
staff-phone-label = Para qué es (opcional)
staff-channel-voice = Llamadas
staff-channel-sms = SMS
staff-channel-whatsapp = WhatsApp
staff-timezone = Zona horaria (por ejemplo, America/Tegucigalpa)
staff-day = Día
staff-opens = Abre
staff-closes = Cierra
staff-lat = Latitud
staff-lon = Longitud
staff-address = Calle y número
staff-locality = Ciudad o pueblo
staff-region = Departamento, estado o provincia
staff-postal-code = Código postal
staff-details = Con las palabras de su directorio
staff-details-hint = Se muestran al público tal como se escriben, en el idioma en que los escriba. Deje vacío lo que no sepa.
staff-alternate-name = Otro nombre con el que se le conoce
staff-eligibility = Quién puede acudir (requisitos)
staff-fees = Costos, en palabras
staff-service-url = Página web propia del servicio
staff-source-terms = Términos con los que se importó
staff-source-terms-hint = Categorías del directorio del que vino, guardadas tal como llegaron y devueltas cuando se exporta el directorio. La búsqueda usa los tipos y las personas de arriba, no estas.
staff-country = País (código de dos letras, por ejemplo HN)
staff-confidential-check = Dirección confidencial (casa de acogida): el público solo verá la zona
staff-other-locations = Otros lugares
staff-other-locations-hint = Sedes en otras ciudades: cada una aparece en las búsquedas y en la ficha. Vacíe las coordenadas de una fila para quitarla; la última fila añade una.
staff-branch = Lugar { $number }
staff-area = Zona que cubre a distancia
staff-area-hint = Solo para servicios por teléfono, video o chat: países y regiones desde donde se puede usar.
staff-area-countries = Países (códigos, separados por comas)
staff-area-regions = Regiones (códigos ISO 3166-2, por ejemplo HN-FM)
staff-status = Estado
staff-status-active = Funcionando
staff-save = Guardar
staff-form = el formulario
staff-history-heading = Historial de cambios
staff-no-history = Todavía no hay cambios registrados.
staff-change-by = { $who }, el { $date }
staff-changed-fields = Cambió: { $fields }
staff-action-create = Creado
staff-action-update = Datos editados
staff-action-capacity = Lugares disponibles actualizados
staff-action-verify = Datos confirmados
staff-action-deactivate = Dado de baja
staff-reports-heading = Problemas reportados
staff-reports-intro = Personas que usaron el directorio avisaron de estos problemas. No sabemos quiénes son: revise los datos y márquelos como resueltos.
staff-no-reports = No hay problemas pendientes.
staff-report-resolved = Resuelto
staff-import = Importar datos (Open Referral)
staff-import-heading = Importar un archivo Open Referral (HSDS)
staff-import-intro = Suba un archivo HSDS 3.0 en JSON o un ZIP con las tablas en CSV (también versiones 1.1 y 2.0). Primero compruébelo: no se guarda nada y verá qué se importará, qué se corregirá y qué se dejará fuera, agrupado por motivo, con cuántas veces y en qué filas.
staff-import-file = Archivo (.json, .zip o una hoja de cálculo: .xlsx, .ods, .csv)
staff-import-template = Descargar la plantilla de hoja de cálculo
staff-import-template-hint = ¿Lleva su directorio en una hoja de cálculo? Use la plantilla: una fila por servicio y lugar, con encabezados en español, inglés, portugués o francés. Solo el nombre del servicio es obligatorio.
staff-import-terms-hint = ¿Su directorio usa categorías propias? Añada al ZIP una tabla llamada ruta_terms.csv (columnas taxonomy, code, term, kinds, populations, delivery) y revise el archivo: el informe dice en qué se convierte cada uno de sus términos en Ruta. Un administrador también puede guardar una tabla en el servidor para todas las importaciones (Administración → Tabla de términos).
staff-import-country = País de los servicios, cuando el archivo no lo dice
staff-import-timezone = Zona horaria de los horarios, cuando el archivo no la dice
staff-import-file-says = Lo que diga el archivo
staff-import-silent-hint = Elíjalos solo para un archivo que nunca dice dónde está (por ejemplo, el directorio de un país): nunca reemplazan lo que dice el archivo.
staff-import-shelters-heading = Albergues con dirección
staff-import-shelters-intro = Estos albergues llegan con su dirección. Los marcados se mantienen confidenciales: su dirección nunca se muestra al público, solo a las operadoras de la línea. Desmarque un albergue solo si es seguro que cualquiera sepa dónde está.
staff-import-check = Comprobar el archivo (no guarda nada)
staff-import-run = Importar
staff-import-choose = Elija primero un archivo.
staff-import-uploading = Subiendo el archivo: { $percent } %
staff-import-working = Leyendo el archivo…
staff-import-report = Informe
staff-import-would =
    Se importarían { $organizations ->
        [one] una organización
       *[other] { $organizations } organizaciones
    } y { $services ->
        [one] un servicio
       *[other] { $services } servicios
    }. Todavía no se guardó nada.
staff-import-done =
    Importado: { $organizations ->
        [one] una organización
       *[other] { $organizations } organizaciones
    } y { $services ->
        [one] un servicio
       *[other] { $services } servicios
    }.
staff-import-nothing-written = No se guardó nada: el archivo tiene un problema grave (vea abajo).
staff-import-table = Tabla
staff-import-read = Leídas
staff-import-imported = Importadas
staff-import-no-services = No se importaría ningún servicio. Los motivos están abajo.
staff-import-examples = (filas { $rows })
staff-import-issues =
    { $count ->
        [0] Sin observaciones
        [one] Una observación
       *[other] { $count } observaciones
    }
staff-outcome-fixed = Corregidas
staff-outcome-skipped = Omitidas
staff-outcome-warning = Aviso
staff-outcome-fatal = Grave

# Staff navigation by role
staff-nav-listings = Fichas
staff-nav-console = Consola de línea
staff-nav-coverage = Cobertura
staff-nav-sessions = Sesiones
staff-nav-availability = Disponibilidad
staff-nav-label = Secciones

# Sesiones a distancia con una consejera o un consejero (app de sobrevivientes)
remote-session-heading = Hable con un consejero o una consejera desde donde esté
remote-session-intro = Sesiones por video, teléfono o chat con alguien que habla su idioma. No necesita cuenta ni correo.
remote-session-book = Reservar una sesión a distancia
remote-session-have-booking = Ya tengo una reserva
booking-back = Volver
booking-list-heading = Consejeros para sesiones a distancia
booking-list-intro = Elija a alguien con quien se sienta bien. Puede seguir con la misma persona en las próximas sesiones, para no tener que contar su historia otra vez.
booking-again-new-codes = Esta nueva sesión tiene su propia referencia y su propio secreto: anótelos también. Los códigos de su reserva anterior siguen abriendo esa reserva.
booking-contact-remove = Quitarlos
booking-contact-kept = La persona que le atiende le contactará igual que la vez anterior ({ $channel }) y le llamará por el mismo nombre si dio uno.
booking-contact-email-invalid = Esa dirección de correo no está completa. Revísela, por ejemplo nombre@ejemplo.org.
booking-contact-phone-invalid = No se puede llamar a ese número tal como está escrito. Escríbalo con + y el código del país (por ejemplo +51 987 654 321) o elija el país del número.
booking-contact-country-none = Escrito con + y el código del país
booking-contact-country = País del número
booking-contact-phone-hint = Con + y el código del país (por ejemplo +51 987 654 321), o elija abajo el país del número.
booking-times-more = { $count ->
        [one] Un horario más
       *[other] { $count } horarios más
    }
booking-times-earlier-day = Día anterior
booking-times-next-day = Día siguiente
booking-all-counsellors = Mostrar todos los consejeros
booking-one-organization = Solo se muestran los consejeros de la organización que estaba mirando.
booking-filter-any = Cualquiera
booking-filter-language = Idioma
booking-filter-gender = Prefiero hablar con
booking-filter-speciality = Con experiencia en
booking-filter-modality = Cómo hablar
booking-gender-woman = Una mujer
booking-gender-man = Un hombre
booking-gender-non_binary = Una persona no binaria
booking-none = Nadie coincide con estas opciones. Pruebe a quitar alguna.
booking-count = { $count ->
    [one] Una persona
   *[other] { $count } personas
}
booking-languages = Habla: { $languages }
booking-specialities = Con experiencia en: { $list }
booking-modalities = Sesiones: { $list }
booking-session-length = Las sesiones duran { $minutes } minutos.
booking-soonest = Primer horario libre: { $when }
booking-no-soonest = No hay horarios libres en las próximas semanas.
booking-choose-time = Ver horarios libres
booking-times-heading = Elija un horario con { $name }
booking-move-heading = Elija un nuevo horario con { $name }
booking-times-zone = Los horarios se muestran en la zona horaria de su teléfono ({ $zone }).
booking-times-none = No hay horarios libres en estas dos semanas. Mire horarios más adelante o elija a otra persona.
booking-time-chosen = Horario elegido: { $when }
booking-form-heading = Sobre la sesión
booking-modality = ¿Cómo quiere hablar?
booking-language = Idioma de la sesión
booking-alias = Un nombre para llamarle (opcional)
booking-alias-hint = No tiene que ser su nombre real.
booking-contact-channel = Una forma de contactarle (opcional)
booking-contact-none = Ninguna: miraré mi reserva con la referencia
booking-channel-phone = Llamada telefónica
booking-channel-whatsapp = WhatsApp
booking-channel-signal = Signal
booking-channel-email = Correo electrónico
booking-contact-value = Número o dirección
booking-contact-notes = Cómo contactarle de forma segura (opcional)
booking-contact-notes-hint = Por ejemplo: «sin mensajes de voz», «solo después de las 6 de la tarde», «no digan quién llama».
booking-reminders = Enviarme una confirmación y un recordatorio el día antes
booking-reminders-hint = Solo la fecha, la hora y su referencia, con palabras que no dicen para qué es la cita. Déjelo sin marcar si otra persona puede leer sus mensajes.
booking-consent-heading = Antes de reservar, lea esto
booking-consent-stored = Solo guardamos el horario, cómo quiere hablar y el idioma. Un nombre y una forma de contactarle se guardan solo si los escribe, y van cifrados.
booking-consent-who = Solo su consejero o consejera puede leer ese nombre y ese contacto. Nadie más.
booking-consent-deleted = { $days ->
    [0] Todo lo de esta sesión se borra unos días después. Solo queda un conteo anónimo: cuántas sesiones, nunca quién.
    [one] Todo lo de esta sesión se borra un día después. Solo queda un conteo anónimo: cuántas sesiones, nunca quién.
   *[other] Todo lo de esta sesión se borra { $days } días después. Solo queda un conteo anónimo: cuántas sesiones, nunca quién.
}
booking-consent-optional = Reservar es su decisión. Puede ver todos los servicios y llamarlos sin reservar.
booking-consent-agree = Lo he leído y quiero reservar
booking-consent-needed = Para reservar, marque la casilla que dice que está de acuerdo. También puede volver.
booking-submit = Reservar este horario
booking-sending = Reservando…
booking-slot-taken = Alguien acaba de tomar este horario. Por favor, elija otro.
booking-move-submit = Pasar mi sesión a este horario
booking-done-heading = Su sesión está reservada
booking-done-intro = Anote estos dos códigos, en papel o en su memoria. Necesita los dos para ver, cambiar o cancelar la sesión. Es la única vez que se muestra el secreto.
booking-reference = Referencia
booking-secret = Secreto
booking-next-heading = Qué pasa ahora
booking-next-confirm = { $name } confirmará la sesión. Puede verlo en «Ya tengo una reserva».
booking-next-video = A la hora de la sesión, abra el enlace de video. Funciona en el navegador del teléfono.
booking-next-phone = { $name } le llamará al número que dejó. Si no dejó ninguno, abra su reserva antes de la sesión para ver cómo unirse.
booking-next-chat = A la hora de la sesión, abra aquí su reserva con la referencia y el secreto para entrar al chat.
booking-room-link = Abrir la videollamada
booking-status-label = Estado
booking-when-label = Cuándo
booking-with-label = Con
booking-how-label = Cómo
booking-status-requested = Esperando que se confirme
booking-status-confirmed = Confirmada
booking-status-declined = No pueden atenderle en este horario
booking-status-cancelled = Cancelada
booking-status-completed = Realizada
booking-status-no_show = No se realizó
booking-returning = La misma persona de su sesión anterior.
booking-declined-hint = Puede elegir otro horario con la misma persona.
booking-deleted-on = Todo lo de esta sesión se borrará el { $date }.
booking-calendar = Añadir a mi calendario (.ics)
booking-calendar-hint = La entrada del calendario dice solo «Cita»: sin organización y sin motivo.
booking-mine-heading = Mi reserva
booking-mine-intro = Escriba la referencia y el secreto que anotó.
booking-mine-open = Abrir mi reserva
booking-not-found = Ninguna reserva coincide con esta referencia y este secreto. Revíselos e inténtelo de nuevo.
booking-cancel = Cancelar la sesión
booking-cancel-question = ¿Cancelar esta sesión? El horario queda libre para otra persona.
booking-cancel-confirm = Sí, cancelarla
booking-cancel-keep = No, mantenerla
booking-cancelled-done = La sesión está cancelada.
booking-move = Cambiar a otro horario
booking-again = Reservar otra sesión con { $name }

# Sesiones de un consejero o una consejera (pantallas del personal)
staff-sessions-heading = Sus sesiones
staff-sessions-intro = Las solicitudes que esperan su respuesta y sus próximas sesiones, en su hora local. Los datos de contacto solo se los mostramos a usted.
staff-sessions-refresh = Actualizar
staff-sessions-none = Todavía no hay solicitudes ni sesiones.
staff-sessions-requests = Solicitudes por confirmar
staff-sessions-upcoming = Sesiones confirmadas
staff-sessions-past = Anteriores
staff-sessions-status-requested = Espera su respuesta
staff-sessions-status-declined = La rechazó
staff-sessions-returning = Persona que vuelve
staff-sessions-alias = Nombre a usar: { $alias }
staff-sessions-no-alias = Sin nombre
staff-sessions-contact = { $channel }: { $value }
staff-sessions-notes = Contacto seguro: { $notes }
staff-sessions-suggested = Otros horarios libres que puede ofrecer: { $times }
staff-sessions-confirm = Confirmar
staff-sessions-decline = Rechazar
staff-sessions-complete = Se realizó
staff-sessions-no-show = No se presentó

# Consola de la línea de ayuda y cobertura (pantallas del personal)
staff-console-heading = Consola de línea
staff-console-keys-line = Teclas: / lugar · ↑ ↓ moverse · Intro abrir · c copiar la derivación · s SMS · Esc volver.
staff-console-keys-heading = Atajos de teclado
staff-console-kbd-enter = Intro
staff-console-key-place = Ir al lugar de la persona
staff-console-key-move = Pasar al resultado siguiente o anterior
staff-console-key-open = Abrir el resultado elegido
staff-console-key-copy = Preparar la derivación y copiarla
staff-console-key-sms = Preparar la derivación y abrir un SMS
staff-console-key-back = Volver a la lista
staff-console-key-help = Mostrar u ocultar esta lista
staff-console-place = Dónde está la persona (pueblo o ciudad)
staff-console-caller = Idioma de la persona que llama
staff-console-referral-in = La derivación se escribirá en { $language }.
staff-console-language-hint = Escriba parte del nombre: están todos los idiomas del directorio.
staff-console-language-services =
    { $count ->
        [one] 1 servicio
       *[other] { $count } servicios
    }
staff-console-need = Qué necesita
staff-console-any-kind = Cualquier tipo de ayuda
staff-console-anyone = Cualquier persona
staff-console-min-beds = Plazas libres, como mínimo
staff-console-min-beds-hint = El directorio guarda si hay plazas, pocas o ninguna, no el número exacto: con 1 o más se muestran solo los que tienen plazas.
staff-console-verified = Revisado por la organización en los últimos días
staff-console-verified-hint = Escriba cuántos días. Vacío: cualquier fecha.
staff-console-prompt = Escriba el pueblo o la ciudad donde está la persona y elija uno de la lista.
staff-console-nearby = Cerca del lugar
staff-console-remote = A distancia (teléfono, video o chat)
staff-console-results =
    { $count ->
        [0] Ningún servicio
        [one] Un servicio
       *[other] { $count } servicios
    } a menos de { $radius } de { $place }; { $remote ->
        [0] ninguno a distancia
        [one] uno a distancia
       *[other] { $remote } a distancia
    }.
staff-console-address = Dirección exacta: { $address }
staff-console-confidential = Confidencial
staff-console-confidential-detail = Dirección confidencial: no la dé por teléfono ni por SMS. Dé la línea de admisión; allí le dirán a la persona cómo llegar con seguridad.
staff-console-stale = Sin revisar hace más de 6 meses
staff-console-capacity-on = { $capacity } (al { $date })
staff-console-intake = Descripción y admisión
staff-console-checked = Última revisión
staff-console-compose = Copiar la derivación (c)
staff-console-compose-sms = Enviar por SMS (s)
staff-console-composing = Preparando la derivación…
staff-console-referral-label = Derivación en { $language }, para leer o pegar
staff-console-sms = Abrir el SMS con este texto
staff-console-sms-opened = La derivación está lista en el SMS.
staff-console-copied = Derivación copiada.
staff-console-copy-yourself = No se pudo copiar sola: el texto está seleccionado, pulse Ctrl+C.
staff-console-back = Volver a la lista (Esc)
staff-console-note = Nota para el traspaso
staff-console-note-hint = Solo queda en esta pantalla: no se envía ni se guarda, y se borra con una nueva búsqueda o al cerrar la página. No escriba nombres ni datos que identifiquen a la persona.
staff-coverage-heading = Cobertura: dónde faltan servicios
staff-coverage-intro = Qué parte de la población vive a menos de 25, 50 y 100 km de un servicio presencial, por país o por departamento. Las distancias son en línea recta desde cada pueblo o ciudad del nomenclátor; un refugio confidencial cuenta por su zona, nunca por su dirección.
staff-coverage-country = País
staff-coverage-all-countries = Toda la región
staff-coverage-admin-area = Departamento o provincia
staff-coverage-whole-country = Todo el país
staff-coverage-kind = Tipo de servicio
staff-coverage-download = Descargar CSV
staff-coverage-download-hint = Una fila por pueblo o ciudad y tipo de servicio, con la distancia al más cercano. No incluye la ubicación de ningún servicio.
staff-coverage-downloading = Preparando el archivo…
staff-coverage-downloaded = Archivo CSV descargado.
staff-coverage-by-country = cada país de la región
staff-coverage-by-area = cada departamento o provincia de { $country }
staff-coverage-one-area = { $area } ({ $country })
staff-coverage-chart-heading = { $kind }: población cerca de un servicio presencial, en { $scope }
staff-coverage-chart-label = Gráfico de barras. { $kind }: parte de la población a menos de 25, 50 y 100 km de un servicio presencial, en { $scope }. Las mismas cifras están en la tabla que sigue.
staff-coverage-order = Ordenado de menor a mayor cobertura.
staff-coverage-within-25 = A menos de 25 km
staff-coverage-within-50 = A menos de 50 km
staff-coverage-within-100 = A menos de 100 km
staff-coverage-percent = { $value } %
staff-coverage-table-caption = Las cifras del gráfico
staff-coverage-area = Zona
staff-coverage-population = Población
staff-coverage-remote = Con atención a distancia
staff-coverage-uncovered = Sin ayuda a 100 km ni a distancia
staff-coverage-median = Distancia mediana
staff-coverage-none-at-all = Ninguno en el directorio
staff-coverage-empty = No hay lugares del nomenclátor en esta zona.
staff-coverage-farthest-heading = Lugares más lejos de la ayuda
staff-coverage-farthest-intro = Pueblos y ciudades a más de 100 km de un servicio presencial de este tipo, con más habitantes primero.
staff-coverage-farthest-caption = Lugares lejos de: { $kind }
staff-coverage-no-farthest = Ningún lugar queda a más de 100 km de un servicio de este tipo.
staff-coverage-place = Lugar
staff-coverage-distance = Distancia al más cercano
staff-coverage-yes = Sí
staff-coverage-no = No
staff-coverage-counts-heading = Derivaciones registradas
staff-coverage-counts-intro = Cada derivación cuenta solo el tipo de servicio, el país, la zona, el idioma y el día: ni personas ni textos. Los grupos de menos de 5 no se muestran, para que nadie pueda ser identificado.
staff-coverage-counts-period = Del { $from } al { $to }
staff-coverage-no-referrals = Todavía no hay derivaciones en este período.
staff-coverage-month = Mes
staff-coverage-language = Idioma
staff-coverage-referrals = Derivaciones
staff-coverage-suppressed =
    { $groups ->
        [one] Un grupo más, con pocas derivaciones
       *[other] { $groups } grupos más, cada uno con pocas derivaciones
    }
staff-coverage-fewer-than = menos de { $min }

# Disponibilidad de un consejero o una consejera (pantallas del personal)
staff-availability-heading = Su disponibilidad
staff-availability-zone = Los horarios están en su zona horaria: { $zone }.
staff-availability-weekly = Cada semana
staff-availability-day = Día
staff-availability-from = Desde
staff-availability-until = Hasta
staff-availability-remove = Quitar
staff-availability-add-window = Añadir horario
staff-availability-time-off = Días libres
staff-availability-time-off-hint = Nadie puede reservar con usted en sus días libres. Las sesiones ya reservadas se mantienen.
staff-availability-off-from = Desde
staff-availability-off-until = Hasta
staff-availability-add-off = Añadir días libres
staff-availability-rules = Sesiones
staff-availability-session = Duración de la sesión (minutos)
staff-availability-buffer = Pausa entre sesiones (minutos)
staff-availability-notice = Aviso mínimo (minutos)
staff-availability-horizon = Se puede reservar con estos días de anticipación
staff-availability-save = Guardar disponibilidad
staff-availability-outside = { $count ->
    [one] Una sesión reservada queda fuera de su horario. Sigue reservada: confírmela, recházela o manténgala desde sus sesiones.
   *[other] { $count } sesiones reservadas quedan fuera de su horario. Siguen reservadas: confírmelas, recházelas o manténgalas desde sus sesiones.
}

# Consejeros y consejeras de una organización (pantallas del personal)
staff-nav-team = Consejería
staff-team-heading = Sus consejeros y consejeras
staff-team-intro = Las personas que atienden sesiones a distancia por su organización. Cada una entra con su cuenta para mantener su horario y sus días libres.
staff-team-add = Añadir una persona
staff-team-none = Todavía no hay nadie. Añada a la primera persona.
staff-team-no-account = Aún sin cuenta vinculada
staff-team-account-is = Entra como { $email }
staff-team-inactive = No recibe reservas
staff-team-back = Volver a la consejería
staff-team-edit-heading = Editar la persona
staff-team-new-heading = Nueva persona de consejería
staff-team-organization = Organización (id)
staff-team-name = Nombre que ven las personas
staff-team-name-hint = Un nombre de pila o un nombre elegido. Nunca un apellido.
staff-team-gender = Género que ven las personas
staff-team-gender-unspecified = No se muestra
staff-team-timezone = Zona horaria
staff-team-timezone-hint = Como America/Lima o America/Santiago: el horario se fija en esta zona.
staff-team-account = Cuenta para entrar (correo)
staff-team-account-hint = Una cuenta con el rol de consejería en su organización. Déjelo vacío para vincularla después.
staff-team-active = Recibe reservas
staff-team-hours-hint = La persona fija su horario semanal y sus días libres al entrar con su cuenta.
staff-team-save = Guardar

# The chat room of a chat session
booking-chat-link = Abrir el chat

## Staff: life lines by country (admins)

staff-nav-lifelines = Líneas de ayuda
staff-lifelines-heading = Líneas de ayuda por país
staff-lifelines-intro = Corrija los números de un país cuando uno cambie. Cada número necesita la página pública donde lo leyó y el día en que lo leyó. El cambio aparece en la app enseguida y queda registrado con su nombre.
staff-lifelines-country = País
staff-lifelines-shipped = Estos son los números que trae Ruta.
staff-lifelines-corrected = Corregido el { $date }.
staff-lifelines-revert = Volver a los números que trae Ruta
staff-lifelines-revert-yes = Sí, quitar la corrección
staff-lifelines-emergency = Números de emergencia
staff-lifelines-lines = Líneas de ayuda
staff-lifelines-number = Número, tal como se marca en el país
staff-lifelines-purpose = Para qué es
staff-lifelines-focus = Para quién es
staff-lifelines-name = Nombre de la línea
staff-lifelines-organisation = Quién la atiende
staff-lifelines-whatsapp = Número de WhatsApp, con + y código de país
staff-lifelines-sms = Número para enviar un mensaje de texto
staff-lifelines-web-chat = Dirección del chat en la web
staff-lifelines-channels = Formas de contactarla
staff-lifelines-voice = Llamada
staff-lifelines-whatsapp-channel = WhatsApp
staff-lifelines-sms-channel = Mensaje de texto
staff-lifelines-web-chat-channel = Chat en la web
staff-lifelines-open-24h = Abierta las 24 horas
staff-lifelines-free = Gratuita
staff-lifelines-unknown = La fuente no lo dice
staff-lifelines-yes = Sí
staff-lifelines-no = No
staff-lifelines-hours = Horario, tal como lo dice la fuente
staff-lifelines-languages = Idiomas (códigos como es, qu)
staff-lifelines-source-url = Fuente: dirección web de la página
staff-lifelines-source-title = Fuente: título de la página
staff-lifelines-checked-on = Día en que lo comprobó
staff-lifelines-status = Qué tan seguro es
staff-lifelines-verified = Verificado: una página oficial o confiable y reciente
staff-lifelines-unverified = Sin confirmar
staff-lifelines-add-number = Añadir un número
staff-lifelines-add-line = Añadir una línea
staff-lifelines-remove = Quitar
staff-lifelines-save = Guardar la corrección
staff-lifelines-bad-date = Cada entrada necesita el día en que la comprobó ({ $field }).

# Administration (admins only)
staff-nav-admin = Administración
staff-admin-heading = Administración
staff-admin-registrations = Organizaciones que esperan aprobación
staff-admin-no-registrations = Ninguna organización espera aprobación.
staff-admin-no-applicant = Ninguna cuenta lo pidió con ella.
staff-admin-asked-by = Lo pidió: { $emails }
staff-admin-registered-on = Registrada el { $date }
staff-admin-website = Sitio web: { $url }
staff-admin-approve = Aprobar
staff-admin-decline = Rechazar
staff-admin-confirm-approve = ¿Aprobar { $name }? Sus editores podrán entrar y publicar servicios de inmediato.
staff-admin-approve-yes = Sí, aprobar
staff-admin-confirm-decline = ¿Rechazar { $name }? Quien lo pidió leerá su motivo al intentar entrar.
staff-admin-reason = Motivo
staff-admin-reason-hint = Con palabras que el solicitante entienda; hasta 500 caracteres.
staff-admin-reason-needed = Escriba primero el motivo (hasta 500 caracteres).
staff-admin-decline-yes = Sí, rechazar
staff-admin-cancel = Cancelar
staff-admin-approved = { $name } quedó aprobada.
staff-admin-declined = { $name } quedó rechazada.
staff-role-admin = Administrador
staff-role-ngo_editor = Editor de la organización
staff-role-operator = Operador de línea de ayuda
staff-role-counsellor = Consejero o consejera
staff-account-active = Activa
staff-account-disabled = Desactivada
staff-account-pending = Espera aprobación
staff-admin-confirm-disable = ¿Desactivar { $email }? Ya no podrá entrar y sus sesiones abiertas terminan.
staff-admin-confirm-activate = ¿Reactivar { $email }? Podrá entrar de nuevo.
staff-admin-confirm-revoke = ¿Cerrar la sesión de { $email } en todas partes? Cada sesión abierta de esta cuenta termina ahora (un teléfono perdido o robado).
staff-admin-confirm-role = ¿Hacer a { $email } { $role }?
staff-admin-yes = Sí, hacerlo
staff-admin-revoked = { $email } ya no tiene sesiones abiertas ({ $count } sesiones cerradas).
staff-admin-changed = { $email } quedó cambiada.
staff-admin-disable = Desactivar
staff-admin-activate = Reactivar
staff-admin-revoke = Cerrar todas las sesiones
staff-admin-change-role = Cambiar rol
staff-admin-role = Rol
staff-admin-organization = Organización
staff-admin-no-organization = Ninguna (administradores y operadores)
staff-admin-organization-hint = Editores y consejeros pertenecen a una organización; administradores y operadores, a ninguna.
staff-admin-accounts = Cuentas
staff-admin-search = Buscar por correo
staff-admin-any = Todas
staff-admin-no-accounts = Ninguna cuenta coincide.
staff-admin-new-account = Crear una cuenta
staff-admin-create = Crear la cuenta
staff-admin-created = Cuenta creada para { $email }. Su contraseña:
staff-admin-password-once = Se muestra solo esta vez: entréguela ahora a la persona por un canal seguro.
error-registration_declined = Un administrador rechazó el registro de su organización. Motivo: { $reason }
staff-admin-parts = Partes de la administración
staff-audit-heading = Registro de cambios
staff-audit-person = Persona (parte del correo)
staff-audit-record = Identificador del registro
staff-audit-action = Acción
staff-audit-from = Desde (día)
staff-audit-to = Hasta (día, incluido)
staff-audit-show = Mostrar
staff-audit-csv = Descargar CSV
staff-audit-none = Ningún cambio coincide con estos filtros.
staff-audit-field = Campo
staff-audit-before = Antes
staff-audit-after = Después
staff-audit-yes = Sí
staff-audit-no = No
staff-audit-action-approve = Organización aprobada
staff-audit-action-disable = Cuenta desactivada
staff-audit-action-activate = Cuenta reactivada
staff-audit-action-register = Registro recibido
staff-audit-action-import = Archivo importado
staff-audit-action-availability = Disponibilidad cambiada
staff-audit-action-correct = Líneas de ayuda corregidas
staff-audit-action-revert = Líneas de ayuda restablecidas
staff-audit-action-decline = Registro rechazado
staff-audit-action-change_role = Rol cambiado
staff-audit-action-revoke_sessions = Sesiones cerradas en todas partes
staff-audit-action-referral_status = Derivación respondida
staff-audit-action-other = Otro cambio
staff-terms-heading = Tabla de términos
staff-terms-hint = Cómo las categorías de otros directorios se convierten en los tipos de ayuda y las personas atendidas de Ruta al importar un archivo. Cada importación usa esta tabla (después de una tabla incluida en el archivo) y luego la de Ruta. Descárguela, edítela en una hoja de cálculo y súbala entera; luego revise un archivo en la pantalla de importación para ver qué hace.
staff-terms-status = Filas: { $rows }. Guardada el { $date }.
staff-terms-none = Este servidor aún no tiene tabla propia: las importaciones usan la de Ruta (filas: { $rows }).
staff-terms-download = Descargar la tabla de este servidor
staff-terms-built-in = Descargar la tabla de Ruta para empezar
staff-terms-file = Tabla para subir (CSV)
staff-terms-save = Guardar la tabla
staff-terms-choose = Primero elija un archivo CSV.
staff-terms-unreadable = Este archivo no se puede leer como texto. Guárdelo desde la hoja de cálculo como CSV (UTF-8).
staff-terms-saved = Tabla guardada (filas: { $rows }). La próxima importación la usa.
staff-terms-bad-cell = La línea { $line }, columna { $column } no es correcta: un valor que Ruta no conoce, una columna que falta o una fila que no lleva a nada. No se guardó nada. La tabla de Ruta muestra las columnas y los valores que conoce.
staff-terms-too-long = La tabla pasa de 200 KB. No se guardó nada.
staff-audit-entity-service = Servicio
staff-audit-entity-organization = Organización
staff-audit-entity-referral = Derivación
staff-audit-entity-user = Cuenta
staff-audit-entity-import = Importación
staff-audit-entity-counsellor = Consejero o consejera
staff-audit-entity-lifelines = Líneas de ayuda
staff-admin-reports-intro = Problemas que la gente reportó sobre servicios de cualquier organización y que nadie ha resuelto aún, primero los que más esperan.
staff-admin-last-admin = Es la última cuenta de administrador activa: primero haga administradora a otra cuenta.

## Warm referrals (issue 18): the console's form, the inbox and the sent list.
staff-nav-referrals = Derivaciones
staff-referral-heading = Derivaciones
staff-referral-intro = Derivaciones enviadas con el consentimiento de la persona. La organización que la recibe responde aquí; quien la envió solo ve en qué estado está.
staff-referral-inbox = Recibidas por su organización
staff-referral-inbox-empty = No hay derivaciones recibidas.
staff-referral-inbox-kept = Todo lo de una derivación se borra { $days } días después de cerrarla o rechazarla.
staff-referral-sent = Derivaciones que usted envió
staff-referral-sent-empty = Aún no ha enviado ninguna derivación.
staff-referral-sent-on = Enviada { $date }
staff-referral-for = Para { $service }: { $needs }
staff-referral-from = De { $from }
staff-referral-from-hotline = la línea de ayuda
staff-referral-accept = Aceptar
staff-referral-decline = Rechazar
staff-referral-reason = Motivo del rechazo
staff-referral-contacted = Contactamos a la persona
staff-referral-close = Cerrar
staff-referral-changed = Otra persona respondió esta derivación mientras tanto: se muestra de nuevo la bandeja.
staff-referral-deleted-on = Se borra el { $date }
staff-referral-status-new = Nueva
staff-referral-status-accepted = Aceptada
staff-referral-status-declined = Rechazada
staff-referral-status-contacted = Contactada
staff-referral-status-closed = Cerrada
staff-referral-status-unknown = Estado que esta versión no conoce
staff-referral-urgency-routine = En unos días
staff-referral-urgency-soon = Hoy o mañana
staff-referral-urgency-urgent = Urgente: ahora
staff-referral-reason-no_capacity = No hay plaza ni cita libre
staff-referral-reason-outside_area = Fuera de la zona que atendemos
staff-referral-reason-not_eligible = Nuestro servicio no es para esta persona
staff-referral-reason-need_not_offered = No ofrecemos lo que necesita
staff-referral-reason-served_elsewhere = Otra organización ya la apoya
staff-warm-heading = Enviar una derivación acompañada
staff-warm-intro = Con el consentimiento de la persona, { $organization } recibe lo que escriba aquí y responde en su bandeja. Escriba solo lo necesario para actuar.
staff-warm-consent = La persona aceptó que { $organization } reciba esta derivación
staff-warm-needs = Qué necesita
staff-warm-urgency = Con qué urgencia
staff-warm-alias = Un nombre para llamar a la persona (no su nombre legal)
staff-warm-channel = Una forma segura de contactarla
staff-warm-no-contact = Ninguna: la persona se comunicará
staff-warm-contact = Número o dirección
staff-warm-contact-notes = Indicaciones para un contacto seguro (por ejemplo: sin buzón de voz, solo después de las 18:00)
staff-warm-consent-contact = La persona aceptó que la contacten por esta vía
staff-warm-note = Nota para la organización
staff-warm-note-hint = Sin nombres ni direcciones: 500 caracteres como máximo.
staff-warm-send = Enviar la derivación
staff-warm-sent = Enviada a { $service }. Siga su estado en Derivaciones.

## Notifications (issue 18): the staff outbox screen — the channels banner, each delivery's status, previews.
staff-nav-notifications = Notificaciones
staff-notify-heading = Notificaciones
staff-notify-intro = Lo que Ruta avisa al personal y a las personas que reservaron, y en qué estado está cada envío. Aquí no se muestra quién las recibe; la vista previa muestra la dirección en parte oculta.
staff-notify-channels-none = No hay ningún canal configurado (ni servidor de correo ni pasarela de SMS), así que las notificaciones no se envían: solo se listan aquí, marcadas como «retenidas».
staff-notify-channels-email-only = Los correos se envían. No hay pasarela de SMS configurada, así que los SMS y los mensajes de WhatsApp no se envían: solo se listan aquí, marcados como «retenidos».
staff-notify-channels-gateway-only = Los SMS y los mensajes de WhatsApp se envían. No hay servidor de correo configurado, así que los correos no se envían: solo se listan aquí, marcados como «retenidos».
staff-notify-channels-all = Se envían correos, SMS y mensajes de WhatsApp.
staff-notify-list = Últimas notificaciones, las más recientes primero
staff-notify-empty = Aún no hay notificaciones.
staff-notify-attempts = Intentos de envío: { $count }
staff-notify-queued = Puesta en cola: { $date }
staff-notify-sent-at = Enviada: { $date }
staff-notify-next-try = Próximo intento: { $date }
staff-notify-last-error = Último error: { $error }
staff-notify-preview = Vista previa
staff-notify-preview-hide = Ocultar la vista previa
staff-notify-retry = Intentar de nuevo
staff-notify-preview-to = Para
staff-notify-preview-subject = Asunto
staff-notify-preview-text = Mensaje (idioma: { $language })
staff-notify-kind-referral_new = Nueva derivación
staff-notify-kind-booking_new = Nueva solicitud de cita
staff-notify-kind-booking_changed = Cita cambiada de hora
staff-notify-kind-booking_cancelled = Cita cancelada
staff-notify-kind-booking_confirmed = Cita confirmada
staff-notify-kind-booking_reminder = Recordatorio de cita
staff-notify-kind-listing_check = Fichas por confirmar
staff-notify-status-pending = En espera de envío
staff-notify-status-sending = Enviándose
staff-notify-status-sent = Enviada
staff-notify-status-failed = Falló
staff-notify-status-held = Retenida (no enviada)
staff-notify-status-cancelled = Cancelada
staff-notify-channel-email = Correo electrónico
staff-notify-channel-sms = Mensaje de texto (SMS)
staff-notify-channel-whatsapp = WhatsApp
