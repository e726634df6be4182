data=node_modules/citeline/data/kremlin-talks-2025.json     # the showcase, shipped in the package
npx citeline validate "$data"                  # path: code: message per problem; exit 1 on errors
npx citeline render "$data" -o timeline.svg    # a standalone SVG (needs jsdom)
npx citeline render "$data" -o timeline.html   # a page readable without JavaScript (needs jsdom)
npx citeline build "$data" -o page.html        # one offline, self-contained interactive page (needs jsdom)
