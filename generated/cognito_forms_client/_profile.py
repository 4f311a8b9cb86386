"""Facts about this provider extracted from its spec. Generated: do not edit."""

from formclients.runtime import ProviderProfile

PROFILE = ProviderProfile.from_spec(
    "cognito_forms",
    {
        "openapi": "3.1.0",
        "info": {"title": "Cognito Forms API", "version": "v2"},
        "servers": [{"url": "https://www.cognitoforms.com", "description": "Production (https only; base path `/`)."}],
        "x-error": {"schema": "#/components/schemas/Error", "message": "/Message", "code": "/Type"},
        "x-rate-limits": [],
        "x-quota": {
            "description": "Monthly request allowance per organization, by plan (Pro 2,000, Team 10,000,\nEnterprise 100,000). The allowance is shared with the Make, Power Automate and Zapier\nintegrations and with JSON webhooks. A request of n bytes counts ceil(n / 102400)\nrequests, at least 1: a request of up to 100 KB counts once, 150 KB counts twice and\n400 KB four times. Not documented by the provider: which bytes are measured; this spec\nassumes the request body (a request without a body counts once). Requests beyond the\nallowance are billed at $20 per bucket of 100,000 requests; usage is shown on the\norganization's settings page. No per-minute limit is documented. Not documented by the\nprovider beyond \"the limits include JSON Webhooks\": this spec assumes each event\ndelivered to a webhook subscription counts once (by its body size) against the form's\norganization, and that re-deliveries of the same event are not counted again.\n",
            "period": "month",
            "plans": {"pro": 2000, "team": 10000, "enterprise": 100000},
            "default_plan": "pro",
            "request_unit_bytes": 102400,
            "operations": ["*"],
        },
        "x-webhook-signature": {
            "description": "The provider says only that Cognito signs every webhook it sends and that receivers must\nverify the signature; it gives no header names or algorithm. Not documented by the\nprovider; this spec assumes Standard Webhooks (https://www.standardwebhooks.com/):\nheaders `webhook-id` (the event id, equal to the payload's `id`), `webhook-timestamp`\n(Unix seconds) and `webhook-signature` (`v1,<base64 HMAC-SHA256>` of\n`{webhook-id}.{webhook-timestamp}.{raw body}`, several space-separated signatures allowed),\nkeyed with the secret after its `whsec_` prefix (base64), and a 300-second tolerance on\nthe timestamp. Deliveries carry no ordering guarantee; any answer other than 200 is an\nerror and the event is re-delivered up to 7 times.\n",
            "scheme": "standard-webhooks",
            "id_header": "webhook-id",
            "timestamp_header": "webhook-timestamp",
            "signature_header": "webhook-signature",
            "tolerance": 300,
        },
        "components": {
            "securitySchemes": {
                "bearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "The API key (created by an organization owner or administrator under Settings →\nIntegrations → New API Key; shown once) sent as `Authorization: Bearer KEY`.\n\nA key has one Form Scope — none, read or read-write — and one Entry Scope — none,\nread, read-write or read-write-delete. A higher level includes the lower ones. In this\nspec's security requirements they appear as: Form Scope read = `forms:read`,\nread-write = `forms:read` + `forms:write`; Entry Scope read = `entries:read`,\nread-write = `entries:read` + `entries:write`, read-write-delete = `entries:read` +\n`entries:write` + `entries:delete`.\n\nA key may also be restricted to some forms and folders. Not documented by the\nprovider; this spec assumes requests about any other form answer 404 (as if the form\ndid not exist) and get_forms lists only the allowed forms, that a missing or invalid\nkey answers 401 and a key without the operation's scope 403, each with the Error object.\n",
                },
                "accessToken": {
                    "type": "apiKey",
                    "in": "query",
                    "name": "access_token",
                    "description": "The same API key sent in the URL as `?access_token=apikey`, for systems that cannot\nsend custom headers (documented by the provider). Scopes, form restrictions and\nerrors are as for `bearerAuth`: a key has one Form Scope (none / read / read-write)\nand one Entry Scope (none / read / read-write / read-write-delete), a higher level\nincludes the lower ones, and a key may be restricted to some forms and folders (other\nforms answer 404 — not documented by the provider; assumed). The key is a secret:\nkeep it out of logs even though it travels in the query string.\n",
                },
            }
        },
    },
)
