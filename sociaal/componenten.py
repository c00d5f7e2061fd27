"""`{% component %}`: a template component from templates/components/ that wraps content.

    {% component "components/table.html" caption=_("Huishoudens") %}
      <thead>…</thead><tbody>…</tbody>
    {% endcomponent %}

renders the component with its arguments and the rendered content between the tags as
`inhoud`. Components without content are plain `{% include … with … %}`. A builtin
(settings TEMPLATES), so no template has to load it."""

from django import template
from django.template.base import token_kwargs

register = template.Library()


class ComponentNode(template.Node):
    def __init__(self, naam, argumenten: dict, inhoud: template.NodeList):
        self.naam = naam
        self.argumenten = argumenten
        self.inhoud = inhoud

    def render(self, context) -> str:
        sjabloon = context.template.engine.get_template(self.naam.resolve(context))
        waarden = {k: v.resolve(context) for k, v in self.argumenten.items()}
        waarden["inhoud"] = self.inhoud.render(context)
        with context.push(**waarden):
            return sjabloon.render(context)


@register.tag
def component(parser, token) -> ComponentNode:
    delen = token.split_contents()
    if len(delen) < 2:
        raise template.TemplateSyntaxError("{% component %} needs the component's template.")
    naam = parser.compile_filter(delen[1])
    rest = delen[2:]
    argumenten = token_kwargs(rest, parser)
    if rest:
        raise template.TemplateSyntaxError(
            f"{{% component %}} takes name=value arguments only, not {rest[0]!r}."
        )
    inhoud = parser.parse(("endcomponent",))
    parser.delete_first_token()
    return ComponentNode(naam, argumenten, inhoud)
