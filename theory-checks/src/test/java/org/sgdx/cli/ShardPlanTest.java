package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgdx.cli.ShardPlan.Shard;

class ShardPlanTest {

    private static final long SEED = 20261207L;

    @Test
    void theGreedySplitOfASmallExampleIsTheDocumentedOne() {
        // runs by decreasing cost: point 1 (cost 3) runs 0, 1, then point 0 (cost 1) runs 0, 1; each to the least
        // loaded shard, the first among equals: loads 3|0, 3|3, 4|3, 4|4
        double[] costs = {1, 3};
        ShardPlan first = ShardPlan.of(costs, 2, new Shard(0, 2));
        ShardPlan second = ShardPlan.of(costs, 2, new Shard(1, 2));
        assertThat(first.contains(1, 0)).isTrue();
        assertThat(second.contains(1, 1)).isTrue();
        assertThat(first.contains(0, 0)).isTrue();
        assertThat(second.contains(0, 1)).isTrue();
        assertThat(first.contains(1, 1) || first.contains(0, 1) || second.contains(1, 0) || second.contains(0, 0))
                .isFalse();
        assertThat(first.size()).isEqualTo(2);
        assertThat(second.size()).isEqualTo(2);
    }

    @Test
    void theShardsPartitionTheRunsAndTheirCostsDifferByAtMostTheLargestRun() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(lists().of(doubles().between(1, 1e6)).ofSizeBetween(1, 12), integers().between(1, 40),
                        integers().between(1, 9))
                .checkAssert((List<Double> costList, Integer seeds, Integer n) -> {
                    double[] costs = costList.stream().mapToDouble(Double::doubleValue).toArray();
                    ShardPlan[] plans = new ShardPlan[n];
                    for (int i = 0; i < n; i++) {
                        plans[i] = ShardPlan.of(costs, seeds, new Shard(i, n));
                    }
                    double[] load = new double[n];
                    long[] count = new long[n];
                    for (int p = 0; p < costs.length; p++) {
                        for (int r = 0; r < seeds; r++) {
                            int owners = 0;
                            for (int i = 0; i < n; i++) {
                                if (plans[i].contains(p, r)) {
                                    owners++;
                                    load[i] += costs[p];
                                    count[i]++;
                                }
                            }
                            assertThat(owners).as("shards holding run %d of point %d", r, p).isEqualTo(1);
                        }
                    }
                    double largest = java.util.Arrays.stream(costs).max().orElseThrow();
                    double spread = java.util.Arrays.stream(load).max().orElseThrow()
                            - java.util.Arrays.stream(load).min().orElseThrow();
                    double total = java.util.Arrays.stream(load).sum();
                    assertThat(spread).isLessThanOrEqualTo(largest + 1e-12 * total);
                    for (int i = 0; i < n; i++) {
                        assertThat(plans[i].size()).isEqualTo(count[i]);
                        assertThat(plans[i].contains(0, seeds)).isFalse();
                        assertThat(plans[i].contains(0, -1)).isFalse();
                    }
                });
    }

    @Test
    void equalCostsAreDealtRoundRobin() {
        double[] costs = {5, 5, 5};
        for (int i = 0; i < 4; i++) {
            ShardPlan plan = ShardPlan.of(costs, 3, new Shard(i, 4));
            // the 9 runs in grid order, dealt to shards 0, 1, 2, 3, 0, 1, ...
            for (int g = 0; g < 9; g++) {
                assertThat(plan.contains(g / 3, g % 3)).as("run %d in shard %d", g, i).isEqualTo(g % 4 == i);
            }
        }
    }

    @Test
    void aRunCostsItsStepBudgetTimesTheEnginesWorkPerStep() {
        org.sgdx.fastpath.SimulationConfig config = SimulationOptions.build(
                java.util.Map.of("target", "He3", "d", "300", "gamma", "0.001", "max-steps", "4096"));
        assertThat(ShardPlan.cost(org.sgdx.fastpath.run.Engines.reduced(), config)).isEqualTo(4096);
        assertThat(ShardPlan.cost(org.sgdx.fastpath.run.Engines.full(), config)).isEqualTo(4096.0 * 300);
        assertThat(ShardPlan.cost(org.sgdx.fastpath.run.Engines.diffusion(0.1), config)).isEqualTo(13);
    }

    @Test
    void shardsAreParsedAsIOfN() {
        assertThat(Shard.parse("0/1")).isEqualTo(new Shard(0, 1));
        assertThat(Shard.parse(" 4/5 ")).isEqualTo(new Shard(4, 5));
        assertThat(Shard.parse("2/3").toString()).isEqualTo("2/3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3/3         | shard 3 does not exist in 3 shards; they are numbered 0..2",
        "7/3         | shard 7 does not exist in 3 shards",
        "0/0         | the number of shards must be in 1..10000",
        "0/10001     | the number of shards must be in 1..10000",
        "-1/3        | --shard must be I/N",
        "1/3/4       | --shard must be I/N",
        "a/3         | --shard must be I/N",
        "1.0/3       | --shard must be I/N",
        "''          | --shard must be I/N",
        "99999999999/3 | --shard must be I/N",
    })
    void malformedShardsAreRefusedNamingTheProblem(String text, String fragment) {
        assertThatThrownBy(() -> Shard.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(fragment).hasMessageContaining("--shard");
    }
}
