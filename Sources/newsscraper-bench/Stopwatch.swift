import Foundation

/// Wall-clock and this-thread CPU time of a closure.
enum Stopwatch {
    static func measure(_ body: () -> Void) -> (wall: Double, cpu: Double) {
        let wallStart = now(CLOCK_MONOTONIC)
        let cpuStart = now(CLOCK_THREAD_CPUTIME_ID)
        body()
        return (now(CLOCK_MONOTONIC) - wallStart, now(CLOCK_THREAD_CPUTIME_ID) - cpuStart)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2]
            : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    private static func now(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
