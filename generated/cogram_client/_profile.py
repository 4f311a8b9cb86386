"""Facts about this provider extracted from its spec. Generated: do not edit."""

from formclients.runtime import ProviderProfile

PROFILE = ProviderProfile.from_spec(
    "cogram",
    {
        "openapi": "3.1.0",
        "info": {"title": "Cogram API", "version": "v1"},
        "servers": [
            {
                "url": "https://api.cogram.com",
                "description": "Production. Every path starts with the API version, `/v1/`.",
            }
        ],
        "x-error": {"schema": "#/components/schemas/Error", "message": "/error/message", "code": "/error/code"},
        "x-rate-limits": [
            {
                "name": "per-minute",
                "description": '"API requests are rate limited on a per-key basis. The default limit is 1000 requests\nper minute." Beyond it the API answers 429 rate_limit_exceeded with Retry-After. Not\ndocumented by the provider; this spec assumes the limit covers every operation alike.\n',
                "requests": 1000,
                "period": 60,
                "scope": "token",
                "operations": ["*"],
            }
        ],
        "components": {
            "securitySchemes": {
                "bearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": 'An organization-scoped API key, sent as `Authorization: Bearer YOUR_API_KEY`. Keys are\ncreated by organization administrators (Settings > Administration > Integrations >\nAPI Keys), shown only once, and may have an expiration date. Missing: 401\n`api_key_missing`; unknown or incorrect: 401 `api_key_invalid`; past its expiration\ndate: 401 `api_key_expired`. The guide documents no scopes: a key may call every\noperation. The guide\'s example:\n`curl -X GET "https://api.cogram.com/v1/projects" -H "Authorization: Bearer YOUR_API_KEY"`.\nNot documented by the provider; this spec assumes an `Authorization` header that is not\n`Bearer <key>` answers 401 `api_key_invalid`, and `Bearer` with no key after it 401\n`api_key_missing`.\n',
                }
            }
        },
    },
)
