"""Facts about this provider extracted from its spec. Generated: do not edit."""

from formclients.runtime import ProviderProfile

PROFILE = ProviderProfile.from_spec(
    "formsite",
    {
        "openapi": "3.1.0",
        "info": {"title": "Formsite API", "version": "v2"},
        "servers": [
            {
                "url": "https://{server}.formsite.com/api/v2/{user_dir}",
                "description": "Production. Set `server` to the account's server prefix and `user_dir` to its user directory.",
                "variables": {
                    "server": {
                        "default": "fs1",
                        "description": "The server prefix the account is located on, as in its form links (e.g. fs1, fs22).",
                    },
                    "user_dir": {"default": "", "description": "The account's user directory, as in its form links."},
                },
            }
        ],
        "x-error": {"schema": "#/components/schemas/Error", "message": "/error/message", "status": "/error/status"},
        "x-rate-limits": [
            {
                "name": "per-minute",
                "description": "50 API calls per minute per account (documented). The account has one token, so the counter is keyed by it.",
                "requests": 50,
                "period": 60,
                "scope": "token",
                "operations": ["*"],
            },
            {
                "name": "per-day",
                "description": "10,000 total API calls per day per account (documented). Not documented whether the day is a calendar day or a rolling 24 hours; this spec assumes a rolling 86,400 seconds. A quota, not a throttle (hence `quota`), so a client raises QuotaExhaustedError instead of waiting up to a day.",
                "requests": 10000,
                "period": 86400,
                "scope": "token",
                "operations": ["*"],
                "quota": True,
            },
        ],
        "components": {
            "securitySchemes": {
                "bearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "x-prefix": "bearer",
                    "description": "The account's access token, from a form's Settings → Integrations → Formsite API page,\nsent in every request as `Authorization: bearer <token>` (the docs write the scheme\nword in lower case; `x-prefix` makes the client send it so). It gives access to all\nthe account's forms and results; there are no scopes. Not documented by the provider;\nthis spec assumes a missing or invalid token answers 401 (\"Invalid access token.\", the\ndocs' error example), and a valid token used with another account's `user_dir`, or of\nan account below the Pro 1 level, answers 403.\n",
                }
            }
        },
    },
)
