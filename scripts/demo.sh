#!/usr/bin/env bash
# The main job on the sample the project ships: read a scraped text column (examples/column.txt),
# show at a glance what opedkit found in it, and write the whole article as JSON to a file
# (build/column.json, or the path given as the first argument).
source "$(dirname "$0")/_env.sh"
out=${1:-build/column.json}
.venv/bin/opedkit convert examples/column.txt -o "$out"
.venv/bin/python - "$out" <<'PY'
import collections, sys
import opedkit.json

article = opedkit.json.loads(open(sys.argv[1], "rb").read())
def who(author):
    about = ", ".join(filter(None, (author.role, author.affiliation)))
    return author.name + (f" ({about})" if about else "")
kinds = collections.Counter(claim.kind.value for claim in article.claims)
hedged = sum(claim.hedged for claim in article.claims)
print("Read examples/column.txt, a column as a scraper saved it:\n")
print(f"  title      {article.title}")
print(f"  authors    {'; '.join(map(who, article.authors))}")
print(f"  published  {article.published}")
print(f"  sections   {len(article.sections)} ({len(article.paragraphs)} paragraphs)")
for section in article.sections:
    print(f"               {section.heading or '(opening)'}: {len(section.paragraphs)} paragraphs")
counts = ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())
print(f"  claims     {len(article.claims)}: {counts} ({hedged} hedged)\n")
print(f"The whole article, with each claim's exact place in its paragraph, is in {sys.argv[1]}")
print("(opedkit.json.loads reads it back: see README.md).")
PY
