package org.fupin.identification;

/** Who records a step: the user name and the user's role (a name of access.Role). */
public record Actor(String name, String role) {}
