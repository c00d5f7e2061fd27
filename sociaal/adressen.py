"""URLs reversed once per process instead of on every link.

`reverse()` walks the URLconf on every call; a page has tens of links, and a list has some
per row. Here a view's URL is reversed once, with a placeholder for each whole-number
argument, and each later link only puts its numbers in the placeholders' places:

- `{% url %}` in templates: this module is a builtin (settings TEMPLATES) whose `url` tag
  takes the place of Django's. It gives exactly what Django's gives; anything it cannot do
  this way (keyword arguments, an argument that is not a whole number, a URL in which a
  placeholder does not stand as a path segment of its own) goes through Django's tag.
- `rij_adres(view_name, *vaste)` in Python: a function of the last id.

The patterns are kept per view name, number of arguments, current app, URLconf, script
prefix and language: whatever else `reverse()` depends on.
"""

from collections.abc import Callable

from django import template
from django.template.defaulttags import URLNode, url
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape
from django.utils.translation import get_language

register = template.Library()

# The largest `id` (sociaal.converters) and the ones below it: no row has them.
_PLAATSHOUDER = 10**18 - 1
_MAX_ARGS = 8
_patronen: dict[tuple, tuple[str, ...] | None] = {}


def _patroon(view_name: str, aantal: int, current_app=None) -> tuple[str, ...] | None:
    """The URL of `view_name` with `aantal` whole-number arguments, as the parts between
    them (None: not usable this way). Raises NoReverseMatch as `reverse` does."""
    sleutel = (view_name, aantal, current_app, get_urlconf(), get_script_prefix(), get_language())
    if sleutel not in _patronen:
        plaatshouders = [_PLAATSHOUDER - i for i in range(aantal)]
        rest = reverse(view_name, args=plaatshouders, current_app=current_app)
        delen: list[str] | None = []
        for p in plaatshouders:
            voor, gevonden, rest = rest.partition(str(p))
            if not (gevonden and voor.endswith("/") and rest.startswith("/")):
                delen = None
                break
            delen.append(voor)
        _patronen[sleutel] = None if delen is None else (*delen, rest)
    return _patronen[sleutel]


def _invullen(patroon: tuple[str, ...], ids) -> str:
    """The parts around the placeholders ("/huishoudens/", "/personen/", "/") and the ids
    between them."""
    adres = patroon[0]
    for id_, deel in zip(ids, patroon[1:], strict=True):
        adres += f"{id_}{deel}"
    return adres


def _bruikbaar(args) -> bool:
    return len(args) <= _MAX_ARGS and all(
        type(a) is int and 0 <= a < _PLAATSHOUDER - _MAX_ARGS for a in args
    )


def rij_adres(view_name: str, *vaste) -> Callable[[int], str]:
    """The URL of `view_name` with `vaste` and then an id, as a function of the id:
    `rij_adres("huishoudens:persoon-wijzigen", h)(p.pk)`."""

    def adres(id_) -> str:
        args = (*vaste, id_)
        patroon = _patroon(view_name, len(args)) if _bruikbaar(args) else None
        return _invullen(patroon, args) if patroon else reverse(view_name, args=args)

    return adres


class AdresNode(URLNode):
    def render(self, context) -> str:
        if self.kwargs:
            return super().render(context)
        args = [arg.resolve(context) for arg in self.args]
        if not _bruikbaar(args):
            return super().render(context)
        try:  # the current app as Django's tag finds it
            current_app = context.request.current_app
        except AttributeError:
            try:
                current_app = context.request.resolver_match.namespace
            except AttributeError:
                current_app = None
        try:
            patroon = _patroon(self.view_name.resolve(context), len(args), current_app)
        except NoReverseMatch:
            patroon = None
        if patroon is None:
            return super().render(context)
        adres = _invullen(patroon, args)
        if self.asvar:
            context[self.asvar] = adres
            return ""
        return conditional_escape(adres) if context.autoescape else adres


@register.tag("url")
def adres(parser, token) -> AdresNode:
    node = url(parser, token)
    return AdresNode(node.view_name, node.args, node.kwargs, node.asvar)
