package com.shoptalk.catalog;

import java.util.Map;

/** The demo catalogs, loaded once for all search tests. */
final class DemoCatalogs {

  static final Catalogs CATALOGS = Catalogs.load(Map.of());

  private DemoCatalogs() {
  }
}
