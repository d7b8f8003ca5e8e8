package dev.gazette.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;

/**
 * What every renderer of one site shares: its paths, its language bundle, the template engine
 * and a JSON mapper. Each is costly to build (a bundle load, an engine, a mapper), so a
 * container builds them once, in {@link SiteRenderers}.
 */
record RenderParts(Site site, SitePaths paths, SiteLocale locale, HtmlTemplates templates,
    ObjectMapper json) {

  static RenderParts of(Site site) {
    return new RenderParts(site, new SitePaths(site), new SiteLocale(site), new HtmlTemplates(),
        new ObjectMapper());
  }
}
