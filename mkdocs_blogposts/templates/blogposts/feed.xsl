<?xml version="1.0" encoding="UTF-8"?>
{#- The XSLT stylesheet of RSS and Atom feeds (`feed_stylesheet: xslt`). Variables: lang,
    text_direction, months (the twelve abbreviated month names in the site's language). -#}
<!-- mkdocs-blogposts: shows an RSS 2.0 or Atom 1.0 feed as a readable page in a browser. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    exclude-result-prefixes="atom">
  <xsl:output method="html" version="5.0" encoding="UTF-8" indent="yes"/>

  <xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>
  <xsl:variable name="home" select="/rss/channel/link | /atom:feed/atom:link[@rel='alternate']/@href"/>

  <xsl:template match="/">
    <html lang="{{ lang }}" dir="{{ text_direction }}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <style>
          body { font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                 max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem; color: #1f2328; }
          .about { background: #f3f6fb; border-radius: 0.5rem; padding: 0.8rem 1rem; }
          h1 { font-size: 1.8rem; margin: 1.2rem 0 0.2rem; }
          article { border-bottom: 1px solid #e3e6ea; padding: 1rem 0; }
          article h2 { font-size: 1.2rem; margin: 0 0 0.2rem; }
          time { color: #5f6368; font-size: 0.9rem; }
          a { color: #1a56db; }
          @media (prefers-color-scheme: dark) {
            body { background: #16181d; color: #e6e6e6; }
            .about { background: #23262d; } a { color: #8ab4f8; } time { color: #a0a4ab; }
            article { border-color: #33363d; }
          }
        </style>
      </head>
      <body>
        <p class="about">{{ _("This is a web feed: copy this page's address into your feed reader to follow new posts.") }}
          <a href="{$home}">{{ _("Visit the blog") }}</a></p>
        <h1><xsl:value-of select="$title"/></h1>
        <xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry"/>
      </body>
    </html>
  </xsl:template>

  <!-- RSS: "Sat, 01 Mar 2025 09:30:00 +0900" is shown "01 Mar 2025" (month names in the
       site's language); its description is plain text escaped into HTML (so output
       unescaped, it is that text). -->
  <xsl:template match="item">
    <article>
      <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
      <time>
        <xsl:value-of select="substring(pubDate, 6, 2)"/>
        <xsl:text> </xsl:text>
        <xsl:call-template name="month">
          <xsl:with-param name="number" select="string-length(substring-before(
              'JanFebMarAprMayJunJulAugSepOctNovDec', substring(pubDate, 9, 3))) div 3 + 1"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:value-of select="substring(pubDate, 13, 4)"/>
      </time>
      <p><xsl:value-of select="description" disable-output-escaping="yes"/></p>
    </article>
  </xsl:template>

  <!-- Atom: "2025-03-01T09:30:00+09:00" is shown "01 Mar 2025" too. -->
  <xsl:template match="atom:entry">
    <article>
      <h2><a href="{atom:link[not(@rel) or @rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
      <time>
        <xsl:value-of select="substring(atom:published, 9, 2)"/>
        <xsl:text> </xsl:text>
        <xsl:call-template name="month">
          <xsl:with-param name="number" select="number(substring(atom:published, 6, 2))"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:value-of select="substring(atom:published, 1, 4)"/>
      </time>
      <p><xsl:value-of select="atom:summary"/></p>
    </article>
  </xsl:template>

  <xsl:template name="month">
    <xsl:param name="number"/>
    <xsl:choose>
      {%- for name in months %}
      <xsl:when test="$number = {{ loop.index }}">{{ name }}</xsl:when>
      {%- endfor %}
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
