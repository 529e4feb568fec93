package org.targetcast.model.trend;

/** What a trend family is fitted to. */
public enum Scale {
    /** A positive level, such as a trade value; the component models. */
    LEVEL,
    /** A share strictly inside (0, 1); the share models. */
    SHARE
}
