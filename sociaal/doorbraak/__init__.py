"""Break the glass: a medewerker who must see a household outside their scope (a crisis at
night) states a reason and gets access for a few hours; it is logged as a special event
and listed for the teamleider to review."""
