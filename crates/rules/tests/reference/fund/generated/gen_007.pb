META
key;value
description;"Generated election 7 ""test""; reference"
num_projects;13
num_votes;39
budget;2422
vote_type;ordinal
rule;equalshares
PROJECTSproject_id;cost;name;votes;selected
P50-0;100;Baum;8;0
P83-1;2650;"Licht; Weg";2;1
P06-2;750;Bänke am Teich;9;0
P09-3;1900;"Spielplatz ""Nord""";13;1
P68-4;2413.74;Baum;5;1
P12-5;500;"Licht; Weg";17;1
P46-6;500;"Licht; Weg";1;1
P74-7;500;Baum;5;0
P07-8;1850;"Licht; Weg";2;1
P64-9;100;" Garten ";6;1
P27-10;100;Bänke am Teich;0;0
P04-11;650;"Spielplatz ""Nord""";2;0
P11-12;100;"Spielplatz ""Nord""";8;1

VOTES
voter_id;vote;age
1;P09-3,P12-5;none
2;P12-5,P74-7;73
3;P12-5,P68-4;73
4;P50-0,P11-12,P12-5;none
5;;none
6;P12-5,P74-7;38
7;P06-2,P74-7,P50-0;none
8;P07-8,P09-3,P12-5,P06-2;none
9;P09-3,P12-5;63
10;P12-5;none
11;P07-8,P09-3,P12-5,P06-2;18
12;P50-0,P11-12,P12-5;65
13;P06-2;none
14;P09-3;64
15;P06-2,P09-3;none
16;P12-5,P09-3,P64-9;79
17;P11-12,P46-6,P06-2,P12-5;89
18;P06-2,P50-0,P12-5;none
19;P50-0,P11-12,P12-5;27
20;P64-9;47
21;;67
22;;71
23;;none
24;P50-0;20
25;;76
26;P11-12,P09-3;none
27;P12-5,P11-12,P06-2;66
28;P09-3;none
29;P83-1;none
30;P64-9,P09-3,P68-4;none
31;P68-4,P74-7;none
32;P64-9,P09-3,P68-4;none
33;P09-3,P64-9;none
34;;none
35;P50-0,P12-5,P09-3,P11-12,P04-11;none
36;;none
37;P64-9,P74-7;48
38;P83-1,P50-0,P68-4,P04-11;none
39;P12-5,P11-12,P06-2;25
