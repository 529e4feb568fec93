package org.targetcast.model.projection;

/** The two components whose levels are projected. */
public enum Component {
    /** Digitally deliverable services trade. */
    DIGITAL("digital"),
    /** All other services trade: travel, transport, construction, goods-related services. */
    OTHER("other");

    private final String key;

    Component(String key) {
        this.key = key;
    }

    /** @return the key used in scenario files */
    public String key() {
        return key;
    }
}
