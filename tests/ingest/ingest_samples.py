"""Small documents written for these tests."""

from __future__ import annotations

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Lakeside Monitor</title><link>https://monitor.example/</link>
<item><title>Market shelled</title><link>https://monitor.example/a/1</link><guid>lm-1</guid>
<description>&lt;p&gt;Shells struck the &lt;b&gt;central market&lt;/b&gt; in Kora on Monday.&lt;/p&gt;
&lt;p&gt;Residents said four people were wounded.&lt;/p&gt;</description>
<pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate></item>
<item><title>No body here</title><link>https://monitor.example/a/2</link><guid>lm-2</guid></item>
<item><title>Clinic closed</title><link>https://monitor.example/a/3</link>
<description>The only clinic in Dara closed after fighters occupied it.</description></item>
</channel></rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Watch</title><id>urn:vw</id>
<updated>2024-04-02T08:00:00Z</updated>
<entry><title>Convoy stopped</title><id>urn:vw:1</id><updated>2024-04-02T08:00:00Z</updated>
<content type="html">&lt;p&gt;An aid convoy was turned back at the Sela checkpoint.&lt;/p&gt;</content></entry>
</feed>
"""

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Families flee Tamsa as fighting nears</title>
<meta property="article:published_time" content="2024-02-11T09:15:00+00:00"></head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Families flee Tamsa as fighting nears</h1>
<p>Hundreds of families left the town of Tamsa on Sunday as fighting moved closer to its southern edge,
local officials said. Many walked for hours towards the river crossing with what they could carry.</p>
<p>An aid worker said the only road out of the town was crowded with carts and that there was no water
at the crossing. The officials said they feared that more people would leave in the coming days.</p>
</article>
<footer>Copyright Example News. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""

ENGLISH = "Soldiers entered the village at dawn and detained six men, residents said on Tuesday.\n"
