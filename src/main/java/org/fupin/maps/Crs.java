package org.fupin.maps;

/**
 * The coordinate system of imported longitudes and latitudes, stated on import: WGS-84 (GPS, most GIS exports) or
 * GCJ-02 (the offset system of maps published in China). Stored with the geometry; the maps draw either as given.
 */
public enum Crs { WGS84, GCJ02 }
