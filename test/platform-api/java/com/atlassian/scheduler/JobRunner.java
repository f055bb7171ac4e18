package com.atlassian.scheduler;

import javax.annotation.Nullable;

public interface JobRunner {
    @Nullable
    JobRunnerResponse runJob(JobRunnerRequest request);
}
