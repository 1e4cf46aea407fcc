"""``carecenter bench``: each figure of the project beside the raw figure for the same work,
measured in the same run (design.md section 7). Benchmarks, never timed tests."""
