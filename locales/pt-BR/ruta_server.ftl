# Textos que o próprio servidor escreve: as mensagens de erro da API quando o cliente pede um idioma
# (Accept-Language ou lang=). O app não as mostra: ele traduz o campo "code" com suas próprias mensagens.
# { $field } é o nome técnico do parâmetro, do jeito que foi enviado (lat, radius_m…).

error-invalid_parameter = O valor de “{ $field }” não é válido.
error-missing_parameter = Falta o dado “{ $field }”.
error-not_found = Não há nada com esse “{ $field }”.
error-no_route = Este endereço não existe na API.
error-internal = Algo deu errado do nosso lado. Tente de novo daqui a pouco.

## Página sem JavaScript

noscript = O Ruta precisa de JavaScript para funcionar neste navegador. Se você estiver em perigo, ligue para o número de emergência do seu país.
