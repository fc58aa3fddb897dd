# R 4.2 survey package on s.csv (Tests/oracle/respondent_scores.py): the stratified mean of the respondent
# scores and satisfied shares, svydesign(ids=~1, strata=~project, fpc=~N, weights=~N/n_h), and the upper
# end of confint(df = degf(design)). Printed: variable, mean, upper, df.
suppressMessages(library(survey))
d <- read.csv("s.csv")
nh <- table(d$project)
d$w <- d$N / as.numeric(nh[d$project])
des <- svydesign(ids = ~1, strata = ~project, fpc = ~N, weights = ~w, data = d)
for (v in c("s", "h")) {
  m <- svymean(as.formula(paste0("~", v)), des)
  ci <- confint(m, df = degf(des))
  cat(v, sprintf("%.15f", coef(m)), sprintf("%.15f", ci[2]), "df", degf(des), "\n")
}
