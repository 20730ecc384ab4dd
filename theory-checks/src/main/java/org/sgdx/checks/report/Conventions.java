package org.sgdx.checks.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The conventions of MATH.md §9 that every report records, with their default values. */
public final class Conventions {

    private Conventions() {
    }

    /** The defaults of MATH.md §9 (name → value), in a fixed order. */
    public static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("loss", "squared (1/2)(y - a sigma(<w,x>))^2");
        m.put("batch-reuse inner step", "plain (unprojected, unnormalised)");
        m.put("alternating second layer", "held fixed at a_0 = 1");
        m.put("|x|^2", "exact in simulations, d in the reference");
        m.put("initialisation", "uniform on the sphere");
        m.put("hitting criterion", "first passage of m_t >= m_target = 1/2");
        m.put("Hermite coefficients", "c_k = E[f(Z) h_k(Z)] in coefficient listings; u_k = E[f(Z) He_k(Z)]/k! for"
                + " exponents and mu_i(eta)");
        m.put("logarithms", "natural");
        return Collections.unmodifiableMap(m);
    }
}
