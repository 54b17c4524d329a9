# Mensajes para los códigos de error de la API (campo "code"). La app los muestra en vez del texto en inglés.
error-invalid_parameter = Algo de lo que se buscó no se entiende. Revise { $field } e intente de nuevo.
error-missing_parameter = Falta un dato para buscar: { $field }.
error-not_found = No encontramos lo que busca. Puede que ya no esté en el directorio.
error-no_route = Esta página no existe.
error-internal = Algo falló de nuestro lado. Intente de nuevo en un momento.
