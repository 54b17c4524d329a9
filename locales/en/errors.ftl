# Messages for the API's error codes (the "code" field). The app shows these instead of the English text.
error-invalid_parameter = Part of the search could not be understood. Check { $field } and try again.
error-missing_parameter = Something is missing to search: { $field }.
error-not_found = We could not find what you are looking for. It may no longer be in the directory.
error-no_route = This page does not exist.
error-internal = Something went wrong on our side. Please try again in a moment.
