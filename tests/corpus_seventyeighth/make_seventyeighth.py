"""Write the SEVENTY-EIGHTH evaluation set: tests/corpus_seventyeighth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_seventyeighth/make_seventyeighth.py

Written without reading the rules or the text model: food at the shop (the in-store café
and restaurant corner with its table bookings and coffee card, the bakery and deli
counter's pre-orders with a name or a photo printed on a cake and a pre-order list at the
counter, party and catering orders with allergy and diet notes (coeliac, nut allergy,
halal), the recipe and meal-planner app with diet goals, weight and a nutrition score read
from receipts, the food-waste "surprise bag" partner app, click & collect groceries with
substitutions and the picker's notes, tastings and the wine club's age check with an ID
scan; Art. 15-18, 20, 21, 7(3), 77), and mail that asks nothing of the privacy team (a
wrong cake, a cold coffee, a missing bag, opening hours, a supplier's offer) (people_ei.py:
en nl fr de es it pt; people_ej.py: pl cs hr sv ro el bg); the systems around them
(table-booking platforms, the café's till receipts, the bakery's order system, catering
quote tools, the meal-planner app's digests and export notices, the surprise-bag partner,
the picking system, the age-verification service, fridge-temperature alarms, suppliers'
delivery notices, their bounces and auto-replies), and people whose mail looks like theirs
(robots_ek.py: en nl fr de es it pt; robots_el.py: pl cs hr sv ro el bg). Its first
measurement is in the README: the rules alone, and the rules blended with a text model that
had not seen it. When a rule misses a mail here, change the rule in a general way, never the
mail. Mails are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ei", "ej"), ("ek", "el"), 75000)  # numbered apart from the other sets
