"""Build the HTML API reference of the five clients with pdoc (`nox -s docs`, or directly):

    python scripts/build_docs.py [--output docs/api]

The modules are named one by one: pdoc follows a package's `__all__`, which leaves out the
per-operation modules under `<provider>_client.api` (and the resources and models packages), so
each is passed explicitly. Needs the `docs` extra (`pip install -e '.[docs]'`).
"""

from __future__ import annotations

import argparse
import warnings
from pathlib import Path

PROVIDERS = ("cognito_forms", "formsite", "formester", "cogram", "formr")
CLIENT_PARTS = ("", ".resources", ".models", ".errors", ".types", ".api")
RUNTIME = ("formclients.runtime", "formclients.testing", "formclients.webhooks", "formclients.drift")


def modules() -> list[str]:
    """Every module the reference documents, in the order of its index."""
    names = [f"{provider}_client{part}" for provider in PROVIDERS for part in CLIENT_PARTS]
    names += [f"{provider}_models" for provider in PROVIDERS]
    return names + list(RUNTIME)


def build(output: Path) -> Path:
    import pdoc
    import pdoc.render

    pdoc.render.configure(docformat="google", footer_text="formclients API reference", search=True)
    with warnings.catch_warnings():
        # pdoc cannot tell which TypedDict an inherited field comes from (SwitchOptions): it places it here.
        warnings.filterwarnings("ignore", message="Cannot determine where .* is taken from", category=UserWarning)
        pdoc.pdoc(*modules(), output_directory=output)
    return output / "index.html"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=Path("docs/api"), help="where to write (default docs/api)")
    index = build(parser.parse_args().output)
    print(f"API reference written: {index}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
