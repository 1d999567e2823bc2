META
key;value
description;Ranked ballotsbudget;3500.5
vote_type;ordinal
max_length;3PROJECTS
project_id;cost;name;score;selected
A.1/22;1200;Projekt A.1/22;0;noneA.10/22;800;Projekt A.10/22;0;none
A.2/22;800;Projekt A.2/22;0;none
B.1/22;450.75;Projekt B.1/22;0;noneB.11/22;2000;Projekt B.11/22;0;none
C.3/22;800;Projekt C.3/22;0;none
VOTESvoter_id;vote
1;A.1/22,B.11/22
2;B.11/22,B.1/22,C.3/223;A.10/22,A.1/22,C.3/22
4;A.2/22,B.11/22
5;B.1/226;A.2/22
7;A.1/22,A.10/22
8;A.2/229;B.11/22
10;B.1/22
11;C.3/2212;A.10/22
13;A.1/22
14;C.3/2215;A.10/22,C.3/22
16;B.1/22
17;B.11/22,C.3/2218;C.3/22
19;B.11/22,B.1/22
20;A.2/22,A.10/22,B.11/2221;C.3/22,A.10/22
22;B.1/22
23;C.3/2224;A.10/22,A.2/22,B.1/22
25;A.10/22,B.1/22,B.11/22
26;A.10/22,B.1/22,B.11/2227;B.11/22,A.1/22
28;A.2/22,B.11/22,C.3/22
29;A.10/22,A.2/22,A.1/2230;C.3/22,A.2/22,A.1/22
31;B.1/22,A.1/22
32;A.10/22,C.3/22,B.11/2233;A.1/22,B.11/22
