"""One helper turns HTML into an archivable PDF (PDF/A-3b). WeasyPrint is imported only
when a PDF is made, so that no other process pays for loading it."""

from django.conf import settings


def render_to_pdf(html: str) -> bytes:
    import weasyprint  # lazy: heavy, and only the pdf worker needs it

    return weasyprint.HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(
        pdf_variant="pdf/a-3b"
    )
