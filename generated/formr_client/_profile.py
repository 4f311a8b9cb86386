"""Facts about this provider extracted from its spec. Generated: do not edit."""

from formclients.runtime import ProviderProfile

PROFILE = ProviderProfile.from_spec(
    "formr",
    {
        "openapi": "3.1.0",
        "info": {"title": "Formr Submissions API", "version": "v1"},
        "servers": [{"url": "https://api.formr.xyz", "description": "Production (base path `/`)."}],
        "x-error": {"schema": "#/components/schemas/Error", "message": "/error"},
        "x-rate-limits": [
            {
                "name": "public-submissions-per-ip",
                "description": "Public submissions (no credential, or a publishable key from a browser) are rate limited\nby IP address (documented). The number is not documented by the provider; this spec\nassumes 10 submissions per 60 seconds per IP.\n",
                "requests": 10,
                "period": 60,
                "scope": "ip",
                "schemes": ["none", "publishableKey"],
                "operations": ["submit_form"],
            },
            {
                "name": "authenticated-submissions-per-user",
                "description": "Submissions authenticated with a secret API key are rate limited by the user owning the\nkey (documented). The number is not documented by the provider; this spec assumes 100\nsubmissions per 60 seconds per user.\n",
                "requests": 100,
                "period": 60,
                "scope": "user",
                "schemes": ["secretKey"],
                "operations": ["submit_form"],
            },
        ],
        "x-quota": {
            "description": 'Monthly submission quota per user and environment (documented: "Monthly submission\nquotas per user/environment"), counted against the form owner; over it, submit answers\n429 with `quotaExceeded: true`, `remaining: 0`, `resetAt` (the start of the next calendar\nmonth, UTC) and `Retry-After`. The docs\' example shows a quota of 1000 submissions a\nmonth; other plans and their quotas are not documented, so this spec lists only that one\n(as `free`). Not documented by the provider; this spec assumes that only accepted\nsubmissions (completed, flagged or quarantined) count, not rejected or invalid ones\n(`counts: success`: a client refunds a submission that was not answered 2xx).\n',
            "period": "month",
            "plans": {"free": 1000},
            "default_plan": "free",
            "operations": ["submit_form"],
            "counts": "success",
        },
        "components": {
            "securitySchemes": {
                "secretKey": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "A secret API key (`sk_live_...`), for server-side use: `Authorization: Bearer sk_live_...`\n(documented in the authenticated submit example). Submissions made with it are rate\nlimited by the key's user. Not documented by the provider; this spec assumes the\nowner's secret key may also call the responses endpoints, and that an invalid or\nrevoked key answers 401.\n",
                },
                "publishableKey": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "A publishable key (`pk_live_...`), safe to embed in client-side code, sent as\n`Authorization: Bearer pk_live_...`. It may only submit; such submissions count as\npublic and are rate limited by IP. Not documented by the provider: the key prefix and\nheader; this spec assumes both, and that the responses endpoints answer 403 to it.\n",
                },
                "sessionToken": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "A dashboard session token of a signed-in user (`Authorization: Bearer YOUR_SESSION_TOKEN`,\ndocumented), required by the responses endpoints. Only the form's owner may use them\n(403 otherwise). Not documented by the provider; this spec assumes an expired or\nunknown token answers 401.\n",
                },
            }
        },
    },
)
