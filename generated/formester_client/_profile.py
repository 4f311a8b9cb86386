"""Facts about this provider extracted from its spec. Generated: do not edit."""

from formclients.runtime import ProviderProfile

PROFILE = ProviderProfile.from_spec(
    "formester",
    {
        "openapi": "3.1.0",
        "info": {"title": "Formester API", "version": "v2"},
        "servers": [{"url": "https://app.formester.com/api/v2", "description": "Production."}],
        "x-error": {"schema": "#/components/schemas/Error", "message": "/message"},
        "x-rate-limits": [
            {
                "name": "per-token",
                "description": "Maximum 10 requests per 60 seconds, per token (documented).",
                "requests": 10,
                "period": 60,
                "scope": "token",
                "operations": ["*"],
            }
        ],
        "components": {
            "securitySchemes": {
                "formesterToken": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-FORMESTER-TOKEN",
                    "description": 'A V2 access token (organization-level, optionally restricted to specific forms;\nrevocable) from app.formester.com/api, sent as `X-FORMESTER-TOKEN: your-access-token`.\nIts scopes are `form.view` (GET /forms), `submission.view` (GET /submissions,\nGET /submissions/{id}) and `submission.delete` (DELETE /submissions/{id}).\nMissing header: 400 "Access Token not found". Malformed token: 400 "Invalid token\nprovided". Invalid or inactive token: 401 "Invalid access token". Missing scope: 403.\nNot documented by the provider; this spec assumes a well-formed token is 16 to 128\ncharacters of letters, digits, `.`, `_` and `-` (anything else is malformed), and that\na well-formed token that is unknown answers 401 like an inactive one.\n',
                }
            }
        },
    },
)
