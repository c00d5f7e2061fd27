"""Password rules with their messages in Dutch (Django's Dutch catalogue lacks the current
wording of the length rule, so a medewerker would read it in English)."""

from django.contrib.auth.password_validation import MinimumLengthValidator
from django.utils.translation import ngettext


class MinimaleLengte(MinimumLengthValidator):
    def get_error_message(self) -> str:
        return ngettext(
            "Dit wachtwoord is te kort: gebruik minstens %(n)d teken.",
            "Dit wachtwoord is te kort: gebruik minstens %(n)d tekens.",
            self.min_length,
        ) % {"n": self.min_length}

    def get_help_text(self) -> str:
        return ngettext(
            "Uw wachtwoord heeft minstens %(n)d teken.",
            "Uw wachtwoord heeft minstens %(n)d tekens.",
            self.min_length,
        ) % {"n": self.min_length}
