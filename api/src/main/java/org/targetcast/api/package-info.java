/**
 * targetcast as a library: a small facade for scripts, notebooks and other Java code.
 *
 * <p>{@link org.targetcast.api.Targetcast} holds the data and the simulation settings; scenarios come from
 * files, text or {@link org.targetcast.api.ScenarioBuilder}; every analysis returns an immutable result
 * whose rows are plain records and, for those who want a data frame, a Tablesaw table. The facade runs the
 * same code as the command line, so the same inputs and seed give the same numbers.
 *
 * <pre>{@code
 * Targetcast tc = Targetcast.shippedData();
 * RunResult r = tc.run(Scenarios.read(Path.of("scenarios/baseline.yaml")));
 * System.out.println(r.scenario("baseline").target(0).probability());
 * Table t = r.trajectoryTable().where(r.trajectoryTable().intColumn("year").isGreaterThan(2025));
 * }</pre>
 *
 * <p>Bad input raises {@link org.targetcast.api.BadInputException} with the located messages the command line
 * prints.
 */
package org.targetcast.api;
