-- CreateIndex
CREATE INDEX "review_log_userId_studyDay_state_idx" ON "review_log"("userId", "studyDay", "state");

