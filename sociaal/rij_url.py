"""`{% rij_url %}`: `{% url %}` for a link that recurs on every row of a list with only its
last argument, an id, different:

    {% for p in huishouden.bewoners %}
      {% rij_url 'huishoudens:persoon-wijzigen' huishouden.pk p.pk as wijzig_url %}

reverses the URL once per rendering, with a placeholder for the id, and puts each row's id
in its place: a long list costs one `reverse` per link instead of one per row. The result is
the one `{% url %}` gives; anything else (no id last, keyword arguments, a URL in which the
placeholder does not stand as a path segment of its own) goes through `{% url %}` itself.
A builtin (settings TEMPLATES), like `{% component %}`. `rij_adres` does the same in Python.
"""

from collections.abc import Callable

from django import template
from django.template.defaulttags import URLNode, url
from django.urls import NoReverseMatch, reverse
from django.utils.html import conditional_escape

register = template.Library()

# The largest `id` (sociaal.converters): no row has it.
_PLAATSHOUDER = 10**18 - 1


class RijUrlNode(URLNode):
    def render(self, context) -> str:
        if self.kwargs or not self.args:
            return super().render(context)
        args = [arg.resolve(context) for arg in self.args]
        id_ = args[-1]
        vast = all(type(a) in (int, str) for a in args[:-1])
        if not vast or type(id_) is not int or not 0 <= id_ < _PLAATSHOUDER:
            return super().render(context)
        sleutel = (self, self.view_name.resolve(context), *args[:-1])
        delen = context.render_context.get(sleutel)
        if delen is None:
            delen = context.render_context[sleutel] = self._delen(context, sleutel)
        if not delen:
            return super().render(context)
        adres = f"{delen[0]}/{id_}/{delen[1]}"
        if self.asvar:
            context[self.asvar] = adres
            return ""
        return conditional_escape(adres) if context.autoescape else adres

    def _delen(self, context, sleutel) -> tuple[str, str] | tuple[()]:
        """The URL with the placeholder as its id, split around it (empty: not usable)."""
        _node, view_name, *vaste = sleutel
        try:  # as {% url %} finds it
            current_app = context.request.current_app
        except AttributeError:
            try:
                current_app = context.request.resolver_match.namespace
            except AttributeError:
                current_app = None
        try:
            return _gesplitst(view_name, vaste, current_app)
        except NoReverseMatch:
            return ()


def _gesplitst(view_name: str, vaste, current_app=None) -> tuple[str, str] | tuple[()]:
    """The URL with the placeholder as its id, split around it (empty: not usable)."""
    adres = reverse(view_name, args=[*vaste, _PLAATSHOUDER], current_app=current_app)
    delen = adres.split(f"/{_PLAATSHOUDER}/")
    return (delen[0], delen[1]) if len(delen) == 2 else ()


def rij_adres(view_name: str, *vaste) -> Callable[[int], str]:
    """The URL of `view_name` with `vaste` and then an id, as a function of the id that
    reverses once: `rij_adres("huishoudens:persoon-wijzigen", h)(p.pk)`."""
    delen = _gesplitst(view_name, vaste)
    if not delen:
        return lambda id_: reverse(view_name, args=[*vaste, id_])
    voor, na = delen
    return lambda id_: f"{voor}/{id_}/{na}"


@register.tag
def rij_url(parser, token) -> RijUrlNode:
    node = url(parser, token)
    return RijUrlNode(node.view_name, node.args, node.kwargs, node.asvar)
