"""The published verifier page in a real headless Chromium: every shared vector gives its verdict in
English, French and Arabic, opened with the certificate's address, from a pasted code, from file://
with the network cut and from a static server on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import threading
from datetime import UTC, datetime
from urllib.parse import quote

import pytest

from tests.verifier import vectors as v

HEADINGS = {
    "en": {"valid": "Valid certificate", "invalid": "Not valid", "revoked": "Revoked", "superseded": "Superseded"},
    "fr": {"valid": "Certificat valide", "invalid": "Non valide", "revoked": "Révoqué", "superseded": "Remplacé"},
    "ar": {"valid": "شهادة صحيحة", "invalid": "غير صحيحة", "revoked": "ملغاة", "superseded": "مستبدلة"},
}
VECTORS = v.vectors()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return v.write_site(tmp_path_factory.mktemp("verifier") / "site")


def result_of(page) -> dict[str, str]:
    card = page.locator("#results .result").first
    card.wait_for()
    return {"verdict": card.get_attribute("data-verdict"), "reason": card.get_attribute("data-reason"),
            "heading": card.locator(".verdict").inner_text(), "text": card.inner_text()}


def open_with(page, base: str, text: str, language: str) -> dict[str, str]:
    # As a phone's camera opens the QR code's address (here the page's own): what follows '#' is the
    # fragment, percent-encoded where a URL must be.
    sealed = text.rsplit("#", 1)[-1]
    page.goto("about:blank")  # a new load each time, not a move within the same page
    page.goto(f"{base}?lang={language}#{quote(sealed, safe=':/$*+-.%')}")
    return result_of(page)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_vector_from_the_address_in_each_language(page, site, language):
    page.context.set_offline(True)  # from disk, with no network at all
    base = (site / "index.html").as_uri()
    for vector in VECTORS:
        got = open_with(page, base, vector.text, language)
        assert (got["verdict"], got["reason"]) == (vector.verdict, vector.reason), vector.name
        assert got["heading"] == HEADINGS[language][vector.verdict], vector.name
        assert page.evaluate("document.documentElement.dir") == ("rtl" if language == "ar" else "ltr")
        assert page.evaluate("document.documentElement.lang") == language


def test_the_certificate_is_shown_as_printed_in_the_page_language(page, site):
    base = (site / "index.html").as_uri()
    arabic = next(x for x in VECTORS if x.name == "valid, two scripts")
    got = open_with(page, base, arabic.text, "fr")
    assert all(name in got["text"] for name in v.ARABIC.names) and v.ARABIC.serial in got["text"] and "INV-101/2026-03" in got["text"]
    assert "2 mars 2026" in got["text"] and "13 mars 2026" in got["text"] and "De participation" in got["text"]
    assert v.ISSUER_NAMES["fr"] in got["text"] and "20 novembre 2026" in got["text"]  # the list's date
    revoked = next(x for x in VECTORS if x.name == "revoked")
    got = open_with(page, base, revoked.text, "en")
    assert "fraudulent nomination" in got["text"] and "20 November 2026" in got["text"]


def test_a_pasted_code_and_the_language_menu(page, site):
    page.goto((site / "index.html").as_uri())
    for vector in VECTORS:
        page.evaluate("document.getElementById('results').replaceChildren()")
        page.fill("#code", vector.text)
        page.click("#verify")
        got = result_of(page)
        assert (got["verdict"], got["reason"]) == (vector.verdict, vector.reason), vector.name
    page.select_option("#language", "ar")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert result_of(page)["heading"] == HEADINGS["ar"][VECTORS[-1].verdict]
    page.reload()  # the choice is kept
    assert page.locator("#language").input_value() == "ar"


def test_the_browser_language_is_the_page_language(browser, site):
    for locale, title in (("fr-FR", "Vérification de certificat"), ("ar-MA", "التحقق من الشهادة"),
                          ("de-DE", "Certificate verification")):
        context = browser.new_context(locale=locale)
        page = context.new_page()
        page.goto((site / "index.html").as_uri())
        page.wait_for_selector("body[data-ready=true]")
        assert page.locator("h1").inner_text() == title
        context.close()


def test_without_webcrypto_ed25519_nor_decompression_stream_the_libraries_answer(browser, site):
    context = browser.new_context()
    context.add_init_script("""
        delete window.DecompressionStream;
        const original = crypto.subtle.importKey.bind(crypto.subtle);
        crypto.subtle.importKey = (format, key, algorithm, ...rest) =>
            (algorithm && algorithm.name === 'Ed25519') ? Promise.reject(new DOMException('no', 'NotSupportedError'))
                                                         : original(format, key, algorithm, ...rest);
    """)
    page = context.new_page()
    base = (site / "index.html").as_uri()
    for vector in VECTORS:
        got = open_with(page, base, vector.text, "en")
        assert (got["verdict"], got["reason"]) == (vector.verdict, vector.reason), vector.name
    assert page.evaluate("document.body.dataset.engines") == "@noble/ed25519 pako"
    context.close()


def test_webcrypto_and_decompression_stream_when_the_browser_has_them(page, site):
    open_with(page, (site / "index.html").as_uri(), VECTORS[0].text, "en")
    assert page.evaluate("document.body.dataset.engines") == "WebCrypto DecompressionStream"


@pytest.fixture
def server(site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/index.html"
    httpd.shutdown()
    httpd.server_close()


def test_from_a_static_server_on_this_machine(page, server):
    for vector in VECTORS:
        got = open_with(page, server, vector.text, "fr")
        assert (got["verdict"], got["reason"]) == (vector.verdict, vector.reason), vector.name


def test_a_list_past_its_next_update_warns_and_still_counts(page, site):
    base = (site / "index.html").as_uri()
    revoked = next(x for x in VECTORS if x.name == "revoked")
    got = open_with(page, base, VECTORS[0].text, "en")
    assert "Not in the revocation list of 20 November 2026" in got["text"] and "should have been replaced" not in got["text"]
    page.clock.set_fixed_time(datetime(2026, 12, 21, 9, tzinfo=UTC))
    for language, warning in (("en", "should have been replaced on 20 December 2026"),
                              ("fr", "aurait dû être remplacée le 20 décembre 2026"), ("ar", "كان ينبغي استبدال")):
        for vector in (VECTORS[0], revoked):
            got = open_with(page, base, vector.text, language)
            assert got["verdict"] == vector.verdict and warning in got["text"]


def test_without_a_valid_revocation_list_the_page_says_revocation_was_not_checked(page, tmp_path):
    site = v.write_site(tmp_path / "site")
    data = (site / "data.js").read_text()
    listed = v.revocations()
    (site / "data.js").write_text(data.replace(listed, listed[:-6] + ("A" if listed[-6] != "A" else "B") + listed[-5:]))
    revoked = next(x for x in VECTORS if x.name == "revoked")
    got = open_with(page, (site / "index.html").as_uri(), revoked.text, "en")
    assert got["verdict"] == "valid" and "Revocation was not checked" in got["text"]


def test_the_address_as_the_qr_code_holds_it_with_its_host_in_capitals(page, site):
    """As a phone opens https://VERIFY.TRAINING-CENTRE.EXAMPLE.ORG/#TR3:...: the browser asks the host
    in small letters (served here from the site's folder, nothing leaves the machine), and the
    fragment reaches the page as it was."""
    host = "https://verify.training-centre.example.org/"
    asked: list[str] = []

    def serve(route):
        asked.append(route.request.url)
        name = route.request.url[len(host):].split("#")[0].split("?")[0] or "index.html"
        route.fulfill(path=str(site / name))

    page.route(host + "**", serve)
    for vector in VECTORS:
        if not vector.text.startswith("https://VERIFY."):
            continue
        page.goto("about:blank")
        page.goto(vector.text)
        got = result_of(page)
        assert (got["verdict"], got["reason"]) == (vector.verdict, vector.reason), vector.name
        assert page.evaluate("location.hash") == "#" + vector.text.rsplit("#", 1)[1]
        assert page.evaluate("location.host") == "verify.training-centre.example.org"
    assert asked and all(url.startswith(host) and "TR3" not in url for url in asked)  # the seal was never sent


def test_every_packing_of_a_name_comes_back_exactly_in_the_page(page, site):
    base = (site / "index.html").as_uri()
    for name, payload in (("valid, accented Latin and Tifinagh", v.SCRIPTS), ("valid, Ge'ez", v.GEEZ),
                          ("valid, two scripts", v.ARABIC), ("valid", v.BASE)):
        vector = next(x for x in VECTORS if x.name == name)
        got = open_with(page, base, vector.text, "en")
        shown = page.locator("#results .result .name").all_inner_texts()
        assert got["verdict"] == "valid" and shown == list(payload.names), name
